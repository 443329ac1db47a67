from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class OpenAIResponsesUsageInputTokensDetails(LazyModel):
    """
    Attributes:
        cached_tokens (int):
        cache_write_tokens (int | None):
    """

    cached_tokens: int
    cache_write_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cached_tokens", "cached_tokens"),
        ("cache_write_tokens", "cache_write_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cached_tokens",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
