from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_code_execution_output import AnthropicCodeExecutionOutput
    from ..models.anthropic_encrypted_code_execution_result_type import (
        AnthropicEncryptedCodeExecutionResultType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicEncryptedCodeExecutionResult(LazyModel):
    """
    Example:
        {'content': [], 'encrypted_stdout': 'enc_stdout', 'return_code': 0, 'stderr': '', 'type':
            'encrypted_code_execution_result'}

    Attributes:
        content (list[AnthropicCodeExecutionOutput]):
        encrypted_stdout (str):
        return_code (int):
        stderr (str):
        type (AnthropicEncryptedCodeExecutionResultType):
    """

    content: list[AnthropicCodeExecutionOutput]
    encrypted_stdout: str
    return_code: int
    stderr: str
    type: AnthropicEncryptedCodeExecutionResultType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("encrypted_stdout", "encrypted_stdout"),
        ("return_code", "return_code"),
        ("stderr", "stderr"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "encrypted_stdout",
            "return_code",
            "stderr",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "encrypted_code_execution_result"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_code_execution_output import (
            AnthropicCodeExecutionOutput,
        )
        from ..models.anthropic_encrypted_code_execution_result_type import (
            AnthropicEncryptedCodeExecutionResultType,
        )

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:
                content_item = AnthropicCodeExecutionOutput.from_dict(content_item_data)

                content.append(content_item)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicEncryptedCodeExecutionResultType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
