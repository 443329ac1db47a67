from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class STTUsage(LazyModel):
    """Aggregated usage statistics for the request

    Example:
        {'cost': 0.000508, 'input_tokens': 83, 'output_tokens': 30, 'seconds': 9.2, 'total_tokens': 113}

    Attributes:
        cost (float | None): Total cost of the request in USD Example: 0.000508.
        input_tokens (int | None): Number of input tokens billed for this request Example: 83.
        output_tokens (int | None): Number of output tokens generated Example: 30.
        seconds (float | None): Duration of the input audio in seconds Example: 9.2.
        total_tokens (int | None): Total number of tokens used (input + output) Example: 113.
    """

    cost: float | None = ABSENT
    input_tokens: int | None = ABSENT
    output_tokens: int | None = ABSENT
    seconds: float | None = ABSENT
    total_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cost", "cost"),
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("seconds", "seconds"),
        ("total_tokens", "total_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
