from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_format import ReasoningFormat
    from ..models.reasoning_item_status import ReasoningItemStatus
    from ..models.reasoning_item_type import ReasoningItemType
    from ..models.reasoning_summary_text import ReasoningSummaryText
    from ..models.reasoning_text_content import ReasoningTextContent


@_attrs_define(slots=False, repr=False)
class ReasoningItem(LazyModel):
    """Reasoning output item with signature and format extensions

    Example:
        {'id': 'reasoning-abc123', 'summary': [{'text': 'Step by step analysis', 'type': 'summary_text'}], 'type':
            'reasoning'}

    Attributes:
        id (str):
        summary (list[ReasoningSummaryText]):
        type (ReasoningItemType):
        content (list[ReasoningTextContent] | None):
        encrypted_content (str | None):
        status (ReasoningItemStatus | None):
        format (ReasoningFormat | None):
        signature (str | None):
    """

    id: str
    summary: list[ReasoningSummaryText]
    type: ReasoningItemType
    content: list[ReasoningTextContent] | None = ABSENT
    encrypted_content: str | None = ABSENT
    status: ReasoningItemStatus | None = ABSENT
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
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "summary",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "reasoning"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.reasoning_format import ReasoningFormat
        from ..models.reasoning_item_status import ReasoningItemStatus
        from ..models.reasoning_item_type import ReasoningItemType
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
            type = ReasoningItemType(raw__)

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
            status = ReasoningItemStatus(raw__)

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
