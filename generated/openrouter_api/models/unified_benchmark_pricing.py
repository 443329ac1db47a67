from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarkPricing(LazyModel):
    """OpenRouter pricing per token for this model. Null if pricing is unavailable.

    Example:
        {'completion': '0.000015', 'prompt': '0.000003'}

    Attributes:
        completion (str): Cost per output token (USD, decimal string). Example: 0.000015.
        prompt (str): Cost per input token (USD, decimal string). Example: 0.000003.
    """

    completion: str
    prompt: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion", "completion"),
        ("prompt", "prompt"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "completion",
            "prompt",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
