from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_20250825_caller import (
        AnthropicCodeExecution20250825Caller,
    )
    from ..models.anthropic_code_execution_20260120_caller import (
        AnthropicCodeExecution20260120Caller,
    )
    from ..models.anthropic_direct_caller import AnthropicDirectCaller
    from ..models.anthropic_tool_use_block_type import AnthropicToolUseBlockType


@_attrs_define(slots=False, repr=False)
class AnthropicToolUseBlock(LazyModel):
    """
    Example:
        {'caller': {'type': 'direct'}, 'id': 'toolu_01abc', 'input': {'location': 'San Francisco'}, 'name':
            'get_weather', 'type': 'tool_use'}

    Attributes:
        caller (AnthropicCodeExecution20250825Caller | AnthropicCodeExecution20260120Caller | AnthropicDirectCaller):
            Example: {'type': 'direct'}.
        id (str):
        name (str):
        type (AnthropicToolUseBlockType):
        input (Any | None):
    """

    caller: (
        AnthropicCodeExecution20250825Caller
        | AnthropicCodeExecution20260120Caller
        | AnthropicDirectCaller
    )
    id: str
    name: str
    type: AnthropicToolUseBlockType
    input: Any | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("caller", "caller"),
        ("id", "id"),
        ("name", "name"),
        ("type", "type"),
        ("input", "input"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "caller",
            "id",
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tool_use"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_code_execution_20250825_caller import (
            AnthropicCodeExecution20250825Caller,
        )
        from ..models.anthropic_code_execution_20260120_caller import (
            AnthropicCodeExecution20260120Caller,
        )
        from ..models.anthropic_direct_caller import AnthropicDirectCaller
        from ..models.anthropic_tool_use_block_type import AnthropicToolUseBlockType

        def caller_(raw__: Any) -> Any:
            def _parse_caller(
                data: object,
            ) -> (
                AnthropicCodeExecution20250825Caller
                | AnthropicCodeExecution20260120Caller
                | AnthropicDirectCaller
            ):
                if AnthropicDirectCaller.accepts(data):
                    componentsschemas_anthropic_caller_type_0 = (
                        AnthropicDirectCaller.from_dict(data)
                    )

                    return componentsschemas_anthropic_caller_type_0
                if AnthropicCodeExecution20250825Caller.accepts(data):
                    componentsschemas_anthropic_caller_type_1 = (
                        AnthropicCodeExecution20250825Caller.from_dict(data)
                    )

                    return componentsschemas_anthropic_caller_type_1
                if AnthropicCodeExecution20260120Caller.accepts(data):
                    componentsschemas_anthropic_caller_type_2 = (
                        AnthropicCodeExecution20260120Caller.from_dict(data)
                    )

                    return componentsschemas_anthropic_caller_type_2
                if AnthropicDirectCaller.discriminated_by(data):
                    return AnthropicDirectCaller.from_dict(data)
                if AnthropicCodeExecution20250825Caller.discriminated_by(data):
                    return AnthropicCodeExecution20250825Caller.from_dict(data)
                if AnthropicCodeExecution20260120Caller.discriminated_by(data):
                    return AnthropicCodeExecution20260120Caller.from_dict(data)
                return cast(
                    AnthropicCodeExecution20250825Caller
                    | AnthropicCodeExecution20260120Caller
                    | AnthropicDirectCaller,
                    data,
                )

            caller = _parse_caller(raw__)

            return caller

        def type_(raw__: Any) -> Any:
            type = AnthropicToolUseBlockType(raw__)

            return type

        return {
            "caller": caller_,
            "type": type_,
        }
