from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class PerRequestLimits(LazyModel):
    """Per-request token limits

    Example:
        {'completion_tokens': 1000, 'prompt_tokens': 1000}

    Attributes:
        completion_tokens (float): Maximum completion tokens per request Example: 1000.
        prompt_tokens (float): Maximum prompt tokens per request Example: 1000.
    """

    completion_tokens: float
    prompt_tokens: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "completion_tokens",
            "prompt_tokens",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
