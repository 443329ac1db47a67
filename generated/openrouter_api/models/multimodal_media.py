from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class MultimodalMedia(LazyModel):
    """
    Example:
        {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...', 'format': 'wav'}

    Attributes:
        data (str):
        format (str | None):
    """

    data: str
    format: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("format", "format"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
