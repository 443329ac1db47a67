from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
        AnthropicTextEditorCodeExecutionStrReplaceResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicTextEditorCodeExecutionStrReplaceResult(LazyModel):
    """
    Example:
        {'lines': None, 'new_lines': None, 'new_start': None, 'old_lines': None, 'old_start': None, 'type':
            'text_editor_code_execution_str_replace_result'}

    Attributes:
        lines (list[str] | None):
        new_lines (int | None):
        new_start (int | None):
        old_lines (int | None):
        old_start (int | None):
        type (AnthropicTextEditorCodeExecutionStrReplaceResultType):
    """

    lines: list[str] | None
    new_lines: int | None
    new_start: int | None
    old_lines: int | None
    old_start: int | None
    type: AnthropicTextEditorCodeExecutionStrReplaceResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("lines", "lines"),
        ("new_lines", "new_lines"),
        ("new_start", "new_start"),
        ("old_lines", "old_lines"),
        ("old_start", "old_start"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "lines",
            "new_lines",
            "new_start",
            "old_lines",
            "old_start",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "text_editor_code_execution_str_replace_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_text_editor_code_execution_str_replace_result_type import (
            AnthropicTextEditorCodeExecutionStrReplaceResultType,
        )

        def lines_(raw__: Any) -> Any:
            def _parse_lines(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    lines_type_0 = cast(list[str], data)

                    return lines_type_0
                return cast(list[str] | None, data)

            lines = _parse_lines(raw__)

            return lines

        def type_(raw__: Any) -> Any:
            type = AnthropicTextEditorCodeExecutionStrReplaceResultType(raw__)

            return type

        return {
            "lines": lines_,
            "type": type_,
        }
