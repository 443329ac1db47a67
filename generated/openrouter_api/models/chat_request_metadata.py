from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ChatRequestMetadata(LazyModel):
    """Key-value pairs for additional object information (max 16 pairs, 64 char keys, 512 char values)

    Example:
        {'session_id': 'session-456', 'user_id': 'user-123'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
