from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatStreamToolCallFunction(LazyModel):
    """Function call details

    Attributes:
        arguments (str | None): Function arguments as JSON string Example: {"location": "..."}.
        name (str | None): Function name Example: get_weather.
    """

    arguments: str | None = ABSENT
    name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
