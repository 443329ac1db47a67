from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_detail_server_tool_call_type import (
        ReasoningDetailServerToolCallType,
    )
    from ..models.reasoning_format import ReasoningFormat


@_attrs_define(slots=False, repr=False)
class ReasoningDetailServerToolCall(LazyModel):
    """Record of an OpenRouter server-tool invocation (e.g. openrouter:fusion), carried in reasoning_details so a prior
    tool call can be rehydrated into a later turn of the same conversation.

        Example:
            {'arguments': '{"prompt":"Compare carbon tax proposals"}', 'result':
                '{"status":"ok","models":["openai/gpt-4o"]}', 'tool_call_id': 'call_abc123', 'tool_name': 'openrouter:fusion',
                'type': 'reasoning.server_tool_call'}

        Attributes:
            arguments (str):
            result (str):
            tool_name (str):
            type (ReasoningDetailServerToolCallType):
            format (ReasoningFormat | None):
            id (str | None):
            index (int | None):
            tool_call_id (str | None):
    """

    arguments: str
    result: str
    tool_name: str
    type: ReasoningDetailServerToolCallType
    format: ReasoningFormat | None = ABSENT
    id: str | None = ABSENT
    index: int | None = ABSENT
    tool_call_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arguments", "arguments"),
        ("result", "result"),
        ("tool_name", "tool_name"),
        ("type", "type"),
        ("format", "format"),
        ("id", "id"),
        ("index", "index"),
        ("tool_call_id", "tool_call_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arguments",
            "result",
            "tool_name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "reasoning.server_tool_call"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.reasoning_detail_server_tool_call_type import (
            ReasoningDetailServerToolCallType,
        )
        from ..models.reasoning_format import ReasoningFormat

        def type_(raw__: Any) -> Any:
            type = ReasoningDetailServerToolCallType(raw__)

            return type

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
            "type": type_,
            "format": format_,
        }
