from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class TraceConfig(LazyModel):
    """Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name,
    parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast
    destinations.

        Example:
            {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}

        Attributes:
            generation_name (str | Unset):
            parent_span_id (str | Unset):
            span_name (str | Unset):
            trace_id (str | Unset):
            trace_name (str | Unset):
    """

    generation_name: str | Unset = UNSET
    parent_span_id: str | Unset = UNSET
    span_name: str | Unset = UNSET
    trace_id: str | Unset = UNSET
    trace_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("generation_name", "generation_name"),
        ("parent_span_id", "parent_span_id"),
        ("span_name", "span_name"),
        ("trace_id", "trace_id"),
        ("trace_name", "trace_name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
