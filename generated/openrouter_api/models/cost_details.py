from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class CostDetails(LazyModel):
    """Breakdown of upstream inference costs

    Example:
        {'upstream_inference_completions_cost': 0.0004, 'upstream_inference_cost': None,
            'upstream_inference_prompt_cost': 0.0008}

    Attributes:
        upstream_inference_completions_cost (float | None):
        upstream_inference_cost (float | None):
        upstream_inference_prompt_cost (float | None):
    """

    upstream_inference_completions_cost: float | None = ABSENT
    upstream_inference_cost: float | None = ABSENT
    upstream_inference_prompt_cost: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("upstream_inference_completions_cost", "upstream_inference_completions_cost"),
        ("upstream_inference_cost", "upstream_inference_cost"),
        ("upstream_inference_prompt_cost", "upstream_inference_prompt_cost"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
