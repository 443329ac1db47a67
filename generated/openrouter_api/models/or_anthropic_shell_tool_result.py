from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.or_anthropic_shell_tool_result_content import (
        ORAnthropicShellToolResultContent,
    )
    from ..models.or_anthropic_shell_tool_result_type import (
        ORAnthropicShellToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class ORAnthropicShellToolResult(LazyModel):
    """Output of an `openrouter:shell` call executed in the OpenRouter sandbox

    Example:
        {'content': {'output': [{'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'README.md\\n'}]},
            'tool_use_id': 'srvtoolu_01abc', 'type': 'openrouter_shell_tool_result'}

    Attributes:
        content (ORAnthropicShellToolResultContent):
        tool_use_id (str):
        type (ORAnthropicShellToolResultType):
    """

    content: ORAnthropicShellToolResultContent
    tool_use_id: str
    type: ORAnthropicShellToolResultType
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

        from ..models.or_anthropic_shell_tool_result_content import (
            ORAnthropicShellToolResultContent,
        )
        from ..models.or_anthropic_shell_tool_result_type import (
            ORAnthropicShellToolResultType,
        )

        def content_(raw__: Any) -> Any:
            content = ORAnthropicShellToolResultContent.from_dict(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = ORAnthropicShellToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
