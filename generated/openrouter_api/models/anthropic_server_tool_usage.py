from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class AnthropicServerToolUsage(LazyModel):
    """
    Example:
        {'web_fetch_requests': 0, 'web_search_requests': 1}

    Attributes:
        web_fetch_requests (int):
        web_search_requests (int):
    """

    web_fetch_requests: int
    web_search_requests: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("web_fetch_requests", "web_fetch_requests"),
        ("web_search_requests", "web_search_requests"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "web_fetch_requests",
            "web_search_requests",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
