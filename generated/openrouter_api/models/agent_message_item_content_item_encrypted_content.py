from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.agent_message_item_content_item_encrypted_content_type import (
        AgentMessageItemContentItemEncryptedContentType,
    )


@_attrs_define(slots=False, repr=False)
class AgentMessageItemContentItemEncryptedContent(LazyModel):
    """
    Attributes:
        encrypted_content (str):
        type (AgentMessageItemContentItemEncryptedContentType):
    """

    encrypted_content: str
    type: AgentMessageItemContentItemEncryptedContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("encrypted_content", "encrypted_content"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypted_content",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "encrypted_content"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.agent_message_item_content_item_encrypted_content_type import (
            AgentMessageItemContentItemEncryptedContentType,
        )

        def type_(raw__: Any) -> Any:
            type = AgentMessageItemContentItemEncryptedContentType(raw__)

            return type

        return {
            "type": type_,
        }
