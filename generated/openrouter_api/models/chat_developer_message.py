from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_text import ChatContentText
    from ..models.chat_developer_message_role import ChatDeveloperMessageRole


@_attrs_define(slots=False, repr=False)
class ChatDeveloperMessage(LazyModel):
    """Developer message

    Example:
        {'content': 'This is a message from the developer.', 'role': 'developer'}

    Attributes:
        content (list[ChatContentText] | str): Developer message content Example: This is a message from the developer..
        role (ChatDeveloperMessageRole):
        name (str | None): Optional name for the developer message Example: Developer.
    """

    content: list[ChatContentText] | str
    role: ChatDeveloperMessageRole
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("role", "developer"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_text import ChatContentText
        from ..models.chat_developer_message_role import ChatDeveloperMessageRole

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
            role = ChatDeveloperMessageRole(raw__)

            return role

        return {
            "content": content_,
            "role": role_,
        }
