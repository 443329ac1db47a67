from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class RequestMetadata(LazyModel):
    """Metadata key-value pairs for the request. Keys must be ≤64 characters and cannot contain brackets. Values must be
    ≤512 characters. Maximum 16 pairs allowed.

        Example:
            {'session_id': 'abc-def-ghi', 'user_id': '123'}

    """

    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
