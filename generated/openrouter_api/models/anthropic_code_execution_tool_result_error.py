from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_tool_result_error_type import (
        AnthropicCodeExecutionToolResultErrorType,
    )
    from ..models.anthropic_server_tool_error_code import AnthropicServerToolErrorCode


@_attrs_define(slots=False, repr=False)
class AnthropicCodeExecutionToolResultError(LazyModel):
    """
    Example:
        {'error_code': 'unavailable', 'type': 'code_execution_tool_result_error'}

    Attributes:
        error_code (AnthropicServerToolErrorCode):  Example: unavailable.
        type (AnthropicCodeExecutionToolResultErrorType):
    """

    error_code: AnthropicServerToolErrorCode
    type: AnthropicCodeExecutionToolResultErrorType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error_code", "error_code"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error_code",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "code_execution_tool_result_error"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_code_execution_tool_result_error_type import (
            AnthropicCodeExecutionToolResultErrorType,
        )
        from ..models.anthropic_server_tool_error_code import (
            AnthropicServerToolErrorCode,
        )

        def error_code_(raw__: Any) -> Any:
            error_code = AnthropicServerToolErrorCode(raw__)

            return error_code

        def type_(raw__: Any) -> Any:
            type = AnthropicCodeExecutionToolResultErrorType(raw__)

            return type

        return {
            "error_code": error_code_,
            "type": type_,
        }
