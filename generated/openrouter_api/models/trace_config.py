from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class TraceConfig(LazyModel):
    """Metadata for observability and tracing. Known keys (trace_id, trace_name, span_name, generation_name,
    parent_span_id) have special handling. Additional keys are passed through as custom metadata to configured broadcast
    destinations.

        Example:
            {'trace_id': 'trace-abc123', 'trace_name': 'my-app-trace'}

        Attributes:
            generation_name (str | None):
            parent_span_id (str | None):
            span_name (str | None):
            trace_id (str | None):
            trace_name (str | None):
    """

    generation_name: str | None = ABSENT
    parent_span_id: str | None = ABSENT
    span_name: str | None = ABSENT
    trace_id: str | None = ABSENT
    trace_name: str | None = ABSENT
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
