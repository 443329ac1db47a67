from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ImageGenStreamErrorEventError(LazyModel):
    """Provider error details

    Attributes:
        message (str): Provider error message
        code (str | None): Provider error code, when supplied
        param (str | None): Request parameter associated with the error, when supplied
        type (str | None): Provider error type, when supplied
    """

    message: str
    code: str | None = ABSENT
    param: str | None = ABSENT
    type: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("code", "code"),
        ("param", "param"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
