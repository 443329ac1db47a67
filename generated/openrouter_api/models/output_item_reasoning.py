from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_item_reasoning_status import OutputItemReasoningStatus
    from ..models.output_item_reasoning_type import OutputItemReasoningType
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent


@_attrs_define(slots=False, repr=False)
class OutputItemReasoning(LazyModel):
    """
    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Analyzed the problem using first principles', 'type':
            'summary_text'}], 'type': 'reasoning'}

    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type (OutputItemReasoningType):
        content (list[ReasoningTextContent] | None):
        encrypted_content (str | None):
        status (OutputItemReasoningStatus | None):
    """

    id: str
    summary: list[ReasoningSummaryText]
    type: OutputItemReasoningType
    content: list[ReasoningTextContent] | None = ABSENT
    encrypted_content: str | None = ABSENT
    status: OutputItemReasoningStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("summary", "summary"),
        ("type", "type"),
        ("content", "content"),
        ("encrypted_content", "encrypted_content"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "summary",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "summary",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "reasoning"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_item_reasoning_status import OutputItemReasoningStatus
        from ..models.output_item_reasoning_type import OutputItemReasoningType
        from ..models.reasoning_summary_text import ReasoningSummaryText
        from ..models.reasoning_text_content import ReasoningTextContent

        def summary_(raw__: Any) -> Any:
            summary = []
            _summary = raw__
            for summary_item_data in _summary:
                summary_item = ReasoningSummaryText.from_dict(summary_item_data)

                summary.append(summary_item)

            return summary

        def type_(raw__: Any) -> Any:
            type = OutputItemReasoningType(raw__)

            return type

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:
                content_item = ReasoningTextContent.from_dict(content_item_data)

                content.append(content_item)

            return content

        def status_(raw__: Any) -> Any:
            status = OutputItemReasoningStatus(raw__)

            return status

        return {
            "summary": summary_,
            "type": type_,
            "content": content_,
            "status": status_,
        }
