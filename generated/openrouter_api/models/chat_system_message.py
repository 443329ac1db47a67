from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_system_message_role import ChatSystemMessageRole


@_attrs_define(slots=False, repr=False)
class ChatSystemMessage(LazyModel):
    """System message for setting behavior

    Example:
        {'content': 'You are a helpful assistant.', 'name': 'Assistant Config', 'role': 'system'}

    Attributes:
        content (list[ChatContentText] | str): System message content Example: You are a helpful assistant..
        role (ChatSystemMessageRole):
        name (str | None): Optional name for the system message Example: Assistant Config.
    """

    content: list[ChatContentText] | str
    role: ChatSystemMessageRole
    name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("role", "role"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("role", "system"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_text import ChatContentText
        from ..models.chat_system_message_role import ChatSystemMessageRole

        def content_(raw__: Any) -> Any:
            def _parse_content(data: object) -> list[ChatContentText] | str:
                if isinstance(data, list):
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:
                        content_type_1_item = ChatContentText.from_dict(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                return cast(list[ChatContentText] | str, data)

            content = _parse_content(raw__)

            return content

        def role_(raw__: Any) -> Any:
            role = ChatSystemMessageRole(raw__)

            return role

        return {
            "content": content_,
            "role": role_,
        }
