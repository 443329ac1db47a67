from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatUrlCitationAnnotationUrlCitation(LazyModel):
    """
    Attributes:
        url (str):
        title (str | None):
        content (str | None):
        start_index (int | None):
        end_index (int | None):
    """

    url: str
    title: str | None = ABSENT
    content: str | None = ABSENT
    start_index: int | None = ABSENT
    end_index: int | None = ABSENT
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
