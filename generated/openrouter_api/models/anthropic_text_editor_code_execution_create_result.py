from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_create_result_type import (
        AnthropicTextEditorCodeExecutionCreateResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicTextEditorCodeExecutionCreateResult(LazyModel):
    """
    Example:
        {'is_file_update': False, 'type': 'text_editor_code_execution_create_result'}

    Attributes:
        is_file_update (bool):
        type (AnthropicTextEditorCodeExecutionCreateResultType):
    """

    is_file_update: bool
    type: AnthropicTextEditorCodeExecutionCreateResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_file_update", "is_file_update"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "is_file_update",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "text_editor_code_execution_create_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_text_editor_code_execution_create_result_type import (
            AnthropicTextEditorCodeExecutionCreateResultType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicTextEditorCodeExecutionCreateResultType(raw__)

            return type

        return {
            "type": type_,
        }
