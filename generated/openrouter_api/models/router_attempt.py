from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class RouterAttempt(LazyModel):
    """
    Example:
        {'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'status': 200}

    Attributes:
        model (str):
        provider (str):
        status (int):
    """

    model: str
    provider: str
    status: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("model", "model"),
        ("provider", "provider"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
            "provider",
            "status",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
