from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class MessagesFallbackParam(LazyModel):
    """Fallback model to try when the primary model fails or refuses. Only the `model` field is supported; per-attempt
    overrides are rejected.

        Example:
            {'model': 'claude-opus-4-8'}

        Attributes:
            model (str):
    """

    model: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("model", "model"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
