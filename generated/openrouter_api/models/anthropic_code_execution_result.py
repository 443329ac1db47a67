from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput
    from ..models.anthropic_code_execution_result_type import (
        AnthropicCodeExecutionResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicCodeExecutionResult(LazyModel):
    """
    Example:
        {'content': [], 'return_code': 0, 'stderr': '', 'stdout': 'Hello', 'type': 'code_execution_result'}

    Attributes:
        content (list[AnthropicCodeExecutionOutput]):
        return_code (int):
        stderr (str):
        stdout (str):
        type (AnthropicCodeExecutionResultType):
    """

    content: list[AnthropicCodeExecutionOutput]
    return_code: int
    stderr: str
    stdout: str
    type: AnthropicCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("return_code", "return_code"),
        ("stderr", "stderr"),
        ("stdout", "stdout"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "return_code",
            "stderr",
            "stdout",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "code_execution_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_code_execution_output import (
            AnthropicCodeExecutionOutput,
        )
        from ..models.anthropic_code_execution_result_type import (
            AnthropicCodeExecutionResultType,
        )

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:
                content_item = AnthropicCodeExecutionOutput.from_dict(content_item_data)

                content.append(content_item)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicCodeExecutionResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
