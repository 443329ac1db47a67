from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.inputs_item_reasoning_status import InputsItemReasoningStatus
    from ..models.inputs_item_reasoning_type import InputsItemReasoningType
    from ..models.reasoning_format import ReasoningFormat
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent


@_attrs_define(slots=False, repr=False)
class InputsItemReasoning(LazyModel):
    """An output item containing reasoning

    Example:
        {'content': [{'text': 'First, we analyze the problem...', 'type': 'reasoning_text'}], 'format': 'anthropic-
            claude-v1', 'id': 'reasoning-123', 'signature': 'EvcBCkgIChABGAIqQKkSDbRuVEQUk9qN1odC098l9SEj...', 'status':
            'completed', 'summary': [{'text': 'Analyzed the problem and found the optimal solution.', 'type':
            'summary_text'}], 'type': 'reasoning'}

    Attributes:
        id (str):
        summary (list[ReasoningSummaryText] | None):
        type (InputsItemReasoningType):
        content (list[ReasoningTextContent] | None):
        encrypted_content (str | None):
        status (InputsItemReasoningStatus | None):
        format (ReasoningFormat | None):
        signature (str | None): A signature for the reasoning content, used for verification Example:
            EvcBCkgIChABGAIqQKkSDbRuVEQUk9qN1odC098l9SEj....
    """

    id: str
    summary: list[ReasoningSummaryText] | None
    type: InputsItemReasoningType
    content: list[ReasoningTextContent] | None = ABSENT
    encrypted_content: str | None = ABSENT
    status: InputsItemReasoningStatus | None = ABSENT
    format: ReasoningFormat | None = ABSENT
    signature: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("summary", "summary"),
        ("type", "type"),
        ("content", "content"),
        ("encrypted_content", "encrypted_content"),
        ("status", "status"),
        ("format", "format"),
        ("signature", "signature"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "summary",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "reasoning"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.inputs_item_reasoning_status import InputsItemReasoningStatus
        from ..models.inputs_item_reasoning_type import InputsItemReasoningType
        from ..models.reasoning_format import ReasoningFormat
        from ..models.reasoning_summary_text import ReasoningSummaryText
        from ..models.reasoning_text_content import ReasoningTextContent

        def summary_(raw__: Any) -> Any:
            def _parse_summary(data: object) -> list[ReasoningSummaryText] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    summary_type_0 = []
                    _summary_type_0 = data
                    for summary_type_0_item_data in _summary_type_0:
                        summary_type_0_item = ReasoningSummaryText.from_dict(
                            summary_type_0_item_data
                        )

                        summary_type_0.append(summary_type_0_item)

                    return summary_type_0
                return cast(list[ReasoningSummaryText] | None, data)

            summary = _parse_summary(raw__)

            return summary

        def type_(raw__: Any) -> Any:
            type = InputsItemReasoningType(raw__)

            return type

        def content_(raw__: Any) -> Any:
            def _parse_content(data: object) -> list[ReasoningTextContent] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = ReasoningTextContent.from_dict(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                return cast(list[ReasoningTextContent] | None, data)

            content = _parse_content(raw__)

            return content

        def status_(raw__: Any) -> Any:
            status = InputsItemReasoningStatus(raw__)

            return status

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
            "summary": summary_,
            "type": type_,
            "content": content_,
            "status": status_,
            "format": format_,
        }
