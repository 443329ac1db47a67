from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_advisor_tool_result_content import (
        AnthropicAdvisorToolResultContent,
    )
    from ..models.anthropic_advisor_tool_result_type import (
        AnthropicAdvisorToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicAdvisorToolResult(LazyModel):
    """
    Example:
        {'content': {'text': 'Advisor response text', 'type': 'advisor_result'}, 'tool_use_id': 'srvtoolu_01abc',
            'type': 'advisor_tool_result'}

    Attributes:
        content (AnthropicAdvisorToolResultContent):
        tool_use_id (str):
        type (AnthropicAdvisorToolResultType):
    """

    content: AnthropicAdvisorToolResultContent
    tool_use_id: str
    type: AnthropicAdvisorToolResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("tool_use_id", "tool_use_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "tool_use_id",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "advisor_tool_result"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_advisor_tool_result_content import (
            AnthropicAdvisorToolResultContent,
        )
        from ..models.anthropic_advisor_tool_result_type import (
            AnthropicAdvisorToolResultType,
        )

        def content_(raw__: Any) -> Any:
            content = AnthropicAdvisorToolResultContent.from_dict(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicAdvisorToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
