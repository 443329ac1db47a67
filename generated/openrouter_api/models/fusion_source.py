from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class FusionSource(LazyModel):
    """A web page retrieved via web search during a fusion run.

    Example:
        {'title': 'Example article title', 'url': 'https://example.com/article'}

    Attributes:
        title (str): Title of the retrieved web page.
        url (str): URL of the web page a panel or the analyst retrieved during the run.
    """

    title: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("title", "title"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "title",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
