from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_shell_tool_result_block_content import (
        MessagesShellToolResultBlockContent,
    )
    from ..models.messages_shell_tool_result_block_type import (
        MessagesShellToolResultBlockType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesShellToolResultBlock(LazyModel):
    """Output of an `openrouter:shell` call from a prior assistant turn. Accepted on replay and dropped before the provider
    request — Anthropic has no equivalent block.

        Example:
            {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
                'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

        Attributes:
            content (MessagesShellToolResultBlockContent):
            tool_use_id (str):
            type (MessagesShellToolResultBlockType):
    """

    content: MessagesShellToolResultBlockContent
    tool_use_id: str
    type: MessagesShellToolResultBlockType
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "openrouter_shell_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_shell_tool_result_block_content import (
            MessagesShellToolResultBlockContent,
        )
        from ..models.messages_shell_tool_result_block_type import (
            MessagesShellToolResultBlockType,
        )

        def content_(raw__: Any) -> Any:
            content = MessagesShellToolResultBlockContent.from_dict(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = MessagesShellToolResultBlockType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
