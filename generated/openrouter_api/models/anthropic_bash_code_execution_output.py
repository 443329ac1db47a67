from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_bash_code_execution_output_type import (
        AnthropicBashCodeExecutionOutputType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicBashCodeExecutionOutput(LazyModel):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'bash_code_execution_output'}

    Attributes:
        file_id (str):
        type (AnthropicBashCodeExecutionOutputType):
    """

    file_id: str
    type: AnthropicBashCodeExecutionOutputType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "bash_code_execution_output"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_bash_code_execution_output_type import (
            AnthropicBashCodeExecutionOutputType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicBashCodeExecutionOutputType(raw__)

            return type

        return {
            "type": type_,
        }
