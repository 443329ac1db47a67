from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class UsageCostDetails(LazyModel):
    """
    Attributes:
        upstream_inference_input_cost (float):
        upstream_inference_output_cost (float):
        upstream_inference_cost (float | None):
    """

    upstream_inference_input_cost: float
    upstream_inference_output_cost: float
    upstream_inference_cost: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("upstream_inference_input_cost", "upstream_inference_input_cost"),
        ("upstream_inference_output_cost", "upstream_inference_output_cost"),
        ("upstream_inference_cost", "upstream_inference_cost"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "upstream_inference_input_cost",
            "upstream_inference_output_cost",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
