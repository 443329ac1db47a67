from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class AnthropicIterationCacheCreation(LazyModel):
    """
    Example:
        {'ephemeral_1h_input_tokens': 0, 'ephemeral_5m_input_tokens': 0}

    Attributes:
        ephemeral_1h_input_tokens (int | None):
        ephemeral_5m_input_tokens (int | None):
    """

    ephemeral_1h_input_tokens: int | None = ABSENT
    ephemeral_5m_input_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("ephemeral_1h_input_tokens", "ephemeral_1h_input_tokens"),
        ("ephemeral_5m_input_tokens", "ephemeral_5m_input_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
