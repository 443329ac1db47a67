from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.or_anthropic_bash_tool_result_content import (
        ORAnthropicBashToolResultContent,
    )
    from ..models.or_anthropic_bash_tool_result_type import (
        ORAnthropicBashToolResultType,
    )


@_attrs_define(slots=False, repr=False)
class ORAnthropicBashToolResult(LazyModel):
    """Output of an `openrouter:bash` call executed in the OpenRouter sandbox (`engine: 'openrouter'`)

    Example:
        {'content': {'command': 'ls', 'exitCode': 0, 'stderr': '', 'stdout': 'README.md\\n'}, 'tool_use_id':
            'srvtoolu_01abc', 'type': 'openrouter_bash_tool_result'}

    Attributes:
        content (ORAnthropicBashToolResultContent):
        tool_use_id (str):
        type (ORAnthropicBashToolResultType):
    """

    content: ORAnthropicBashToolResultContent
    tool_use_id: str
    type: ORAnthropicBashToolResultType
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
        ("type", "openrouter_bash_tool_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.or_anthropic_bash_tool_result_content import (
            ORAnthropicBashToolResultContent,
        )
        from ..models.or_anthropic_bash_tool_result_type import (
            ORAnthropicBashToolResultType,
        )

        def content_(raw__: Any) -> Any:
            content = ORAnthropicBashToolResultContent.from_dict(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = ORAnthropicBashToolResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
