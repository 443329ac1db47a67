from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.agent_message_item_agent import AgentMessageItemAgent
    from ..models.agent_message_item_content_item_encrypted_content import (
        AgentMessageItemContentItemEncryptedContent,
    )
    from ..models.agent_message_item_type import AgentMessageItemType
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


@_attrs_define(slots=False, repr=False)
class AgentMessageItem(LazyModel):
    """A message routed between agents in a multi-agent session

    Example:
        {'author': '/root/worker', 'content': [{'text': 'Task complete.', 'type': 'input_text'}], 'recipient': '/root',
            'type': 'agent_message'}

    Attributes:
        author (str):
        content (list[AgentMessageItemContentItemEncryptedContent | InputImage | InputText]):
        recipient (str):
        type (AgentMessageItemType):
        agent (AgentMessageItemAgent | None):
        id (str | None):
    """

    author: str
    content: list[AgentMessageItemContentItemEncryptedContent | InputImage | InputText]
    recipient: str
    type: AgentMessageItemType
    agent: AgentMessageItemAgent | None = ABSENT
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("author", "author"),
        ("content", "content"),
        ("recipient", "recipient"),
        ("type", "type"),
        ("agent", "agent"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "author",
            "content",
            "recipient",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "agent_message"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.agent_message_item_agent import AgentMessageItemAgent
        from ..models.agent_message_item_content_item_encrypted_content import (
            AgentMessageItemContentItemEncryptedContent,
        )
        from ..models.agent_message_item_type import AgentMessageItemType
        from ..models.input_image import InputImage
        from ..models.input_text import InputText

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:

                def _parse_content_item(
                    data: object,
                ) -> (
                    AgentMessageItemContentItemEncryptedContent | InputImage | InputText
                ):
                    if InputText.accepts(data):
                        content_item_type_0 = InputText.from_dict(data)

                        return content_item_type_0
                    if InputImage.accepts(data):
                        content_item_type_1 = InputImage.from_dict(data)

                        return content_item_type_1
                    if AgentMessageItemContentItemEncryptedContent.accepts(data):
                        content_item_type_2 = (
                            AgentMessageItemContentItemEncryptedContent.from_dict(data)
                        )

                        return content_item_type_2
                    if InputText.discriminated_by(data):
                        return InputText.from_dict(data)
                    if InputImage.discriminated_by(data):
                        return InputImage.from_dict(data)
                    if AgentMessageItemContentItemEncryptedContent.discriminated_by(
                        data
                    ):
                        return AgentMessageItemContentItemEncryptedContent.from_dict(
                            data
                        )
                    return cast(
                        AgentMessageItemContentItemEncryptedContent
                        | InputImage
                        | InputText,
                        data,
                    )

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

            return content

        def type_(raw__: Any) -> Any:
            type = AgentMessageItemType(raw__)

            return type

        def agent_(raw__: Any) -> Any:
            def _parse_agent(data: object) -> AgentMessageItemAgent | None:
                if data is None:
                    return data
                if AgentMessageItemAgent.accepts(data):
                    agent_type_0 = AgentMessageItemAgent.from_dict(data)

                    return agent_type_0
                if AgentMessageItemAgent.discriminated_by(data):
                    return AgentMessageItemAgent.from_dict(data)
                return cast(AgentMessageItemAgent | None, data)

            agent = _parse_agent(raw__)

            return agent

        return {
            "content": content_,
            "type": type_,
            "agent": agent_,
        }
