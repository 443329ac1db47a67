from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ToolSearchServerToolConfig(LazyModel):
    """Configuration for the openrouter:tool_search server tool

    Example:
        {'max_results': 5}

    Attributes:
        max_results (int | None): Maximum tools returned by one search. Defaults to 5. Example: 5.
    """

    max_results: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("max_results", "max_results"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
