from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset

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
            format (None | ReasoningFormat | Unset):
            id (None | str | Unset):
            index (int | Unset):
            tool_call_id (None | str | Unset):
    """

    arguments: str
    result: str
    tool_name: str
    type: ReasoningDetailServerToolCallType
    format: None | ReasoningFormat | Unset = UNSET
    id: None | str | Unset = UNSET
    index: int | Unset = UNSET
    tool_call_id: None | str | Unset = UNSET
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
            def _parse_format(data: object) -> None | ReasoningFormat | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if ReasoningFormat.is_declared(data):
                    format_type_0 = ReasoningFormat(data)

                    return format_type_0
                if isinstance(data, str):
                    return ReasoningFormat(data)
                return cast(None | ReasoningFormat | Unset, data)

            format = _parse_format(raw__)

            return format

        def id_(raw__: Any) -> Any:
            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(raw__)

            return id

        def tool_call_id_(raw__: Any) -> Any:
            def _parse_tool_call_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tool_call_id = _parse_tool_call_id(raw__)

            return tool_call_id

        return {
            "type": type_,
            "format": format_,
            "id": id_,
            "tool_call_id": tool_call_id_,
        }
