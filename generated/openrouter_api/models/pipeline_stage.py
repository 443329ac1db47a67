from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.pipeline_stage_data import PipelineStageData
    from ..models.pipeline_stage_type import PipelineStageType


@_attrs_define(slots=False, repr=False)
class PipelineStage(LazyModel):
    """
    Example:
        {'data': {'action': 'redacted', 'engines': ['presidio'], 'flagged': True, 'matched_entity_types': ['EMAIL',
            'PHONE']}, 'name': 'content-filter', 'summary': 'PII redacted via Presidio (EMAIL, PHONE)', 'type': 'guardrail'}

    Attributes:
        name (str):
        type (PipelineStageType): Categorical kind of a pipeline stage. Multiple plugins can share a type (e.g. all
            guardrail-level plugins emit `guardrail`); the `name` field disambiguates which plugin emitted it. Example:
            guardrail.
        cost_usd (float | None):
        data (PipelineStageData | None):
        guardrail_id (str | None):
        guardrail_scope (str | None):
        summary (str | None):
    """

    name: str
    type: PipelineStageType
    cost_usd: float | None = ABSENT
    data: PipelineStageData | None = ABSENT
    guardrail_id: str | None = ABSENT
    guardrail_scope: str | None = ABSENT
    summary: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
        ("cost_usd", "cost_usd"),
        ("data", "data"),
        ("guardrail_id", "guardrail_id"),
        ("guardrail_scope", "guardrail_scope"),
        ("summary", "summary"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.pipeline_stage_data import PipelineStageData
        from ..models.pipeline_stage_type import PipelineStageType

        def type_(raw__: Any) -> Any:
            type = PipelineStageType(raw__)

            return type

        def data_(raw__: Any) -> Any:
            data = PipelineStageData.from_dict(raw__)

            return data

        return {
            "type": type_,
            "data": data_,
        }
