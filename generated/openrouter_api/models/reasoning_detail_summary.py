from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_detail_summary_type import ReasoningDetailSummaryType
    from ..models.reasoning_format import ReasoningFormat


@_attrs_define(slots=False, repr=False)
class ReasoningDetailSummary(LazyModel):
    """Reasoning detail summary schema

    Example:
        {'summary': 'The model analyzed the problem by first identifying key constraints, then evaluating possible
            solutions...', 'type': 'reasoning.summary'}

    Attributes:
        summary (str):
        type (ReasoningDetailSummaryType):
        format (ReasoningFormat | None):
        id (str | None):
        index (int | None):
    """

    summary: str
    type: ReasoningDetailSummaryType
    format: ReasoningFormat | None = ABSENT
    id: str | None = ABSENT
    index: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("summary", "summary"),
        ("type", "type"),
        ("format", "format"),
        ("id", "id"),
        ("index", "index"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "summary",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "reasoning.summary"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.reasoning_detail_summary_type import ReasoningDetailSummaryType
        from ..models.reasoning_format import ReasoningFormat

        def type_(raw__: Any) -> Any:
            type = ReasoningDetailSummaryType(raw__)

            return type

        def format_(raw__: Any) -> Any:
            def _parse_format(data: object) -> None | ReasoningFormat:
                if data is None:
                    return data
                if ReasoningFormat.is_declared(data):
                    format_type_0 = ReasoningFormat(data)

                    return format_type_0
                if isinstance(data, str):
                    return ReasoningFormat(data)
                return cast(None | ReasoningFormat, data)

            format = _parse_format(raw__)

            return format

        return {
            "type": type_,
            "format": format_,
        }
