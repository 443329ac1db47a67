from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_advisor_tool_result_block_content import (
        MessagesAdvisorToolResultBlockContent,
    )
    from ..models.messages_advisor_tool_result_block_type import (
        MessagesAdvisorToolResultBlockType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesAdvisorToolResultBlock(LazyModel):
    """Advisor tool result from a prior assistant turn, replayed back to the model on the next turn. Mirrors the block
    Anthropic returns in assistant content when the `advisor_20260301` tool runs.

        Example:
            {'content': {'text': 'Advisor response text', 'type': 'advisor_result'}, 'tool_use_id': 'srvtoolu_01abc',
                'type': 'advisor_tool_result'}

        Attributes:
            content (MessagesAdvisorToolResultBlockContent):
            tool_use_id (str):
            type (MessagesAdvisorToolResultBlockType):
    """

    content: MessagesAdvisorToolResultBlockContent
    tool_use_id: str
    type: MessagesAdvisorToolResultBlockType
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

        from ..models.messages_advisor_tool_result_block_content import (
            MessagesAdvisorToolResultBlockContent,
        )
        from ..models.messages_advisor_tool_result_block_type import (
            MessagesAdvisorToolResultBlockType,
        )

        def content_(raw__: Any) -> Any:
            content = MessagesAdvisorToolResultBlockContent.from_dict(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = MessagesAdvisorToolResultBlockType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
