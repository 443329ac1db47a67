from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class ChatUrlCitationAnnotationUrlCitation(LazyModel):
    """
    Attributes:
        url (str):
        title (str | Unset):
        content (str | Unset):
        start_index (int | Unset):
        end_index (int | Unset):
    """

    url: str
    title: str | Unset = UNSET
    content: str | Unset = UNSET
    start_index: int | Unset = UNSET
    end_index: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("title", "title"),
        ("content", "content"),
        ("start_index", "start_index"),
        ("end_index", "end_index"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
