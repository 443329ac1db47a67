from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatStreamOptions(LazyModel):
    """Streaming configuration options

    Example:
        {'include_usage': True}

    Attributes:
        include_usage (bool | None): Deprecated: This field has no effect. Full usage details are always included.
            Example: True.
    """

    include_usage: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("include_usage", "include_usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
