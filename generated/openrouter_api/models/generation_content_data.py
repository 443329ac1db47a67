from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.generation_content_data_input_messages import (
        GenerationContentDataInputMessages,
    )
    from ..models.generation_content_data_input_prompt import (
        GenerationContentDataInputPrompt,
    )
    from ..models.generation_content_data_output import GenerationContentDataOutput
    from ..models.generation_content_error import GenerationContentError


@_attrs_define(slots=False, repr=False)
class GenerationContentData(LazyModel):
    """Stored prompt and completion content, plus the failure error when one was stored

    Example:
        {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]}, 'output':
            {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}

    Attributes:
        error (GenerationContentError | None):
        input (GenerationContentDataInputMessages | GenerationContentDataInputPrompt): The input to the generation —
            either a prompt string or an array of messages
        output (GenerationContentDataOutput): The output from the generation
    """

    error: GenerationContentError | None
    input: GenerationContentDataInputMessages | GenerationContentDataInputPrompt
    output: GenerationContentDataOutput
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("input", "input"),
        ("output", "output"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "input",
            "output",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "output",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.generation_content_data_input_messages import (
            GenerationContentDataInputMessages,
        )
        from ..models.generation_content_data_input_prompt import (
            GenerationContentDataInputPrompt,
        )
        from ..models.generation_content_data_output import GenerationContentDataOutput
        from ..models.generation_content_error import GenerationContentError

        def error_(raw__: Any) -> Any:
            def _parse_error(data: object) -> GenerationContentError | None:
                if data is None:
                    return data
                if GenerationContentError.accepts(data):
                    error_type_0 = GenerationContentError.from_dict(data)

                    return error_type_0
                if GenerationContentError.discriminated_by(data):
                    return GenerationContentError.from_dict(data)
                return cast(GenerationContentError | None, data)

            error = _parse_error(raw__)

            return error

        def input_(raw__: Any) -> Any:
            def _parse_input(
                data: object,
            ) -> GenerationContentDataInputMessages | GenerationContentDataInputPrompt:
                if GenerationContentDataInputPrompt.accepts(data):
                    input_type_0 = GenerationContentDataInputPrompt.from_dict(data)

                    return input_type_0
                if GenerationContentDataInputMessages.accepts(data):
                    input_type_1 = GenerationContentDataInputMessages.from_dict(data)

                    return input_type_1
                if GenerationContentDataInputPrompt.discriminated_by(data):
                    return GenerationContentDataInputPrompt.from_dict(data)
                if GenerationContentDataInputMessages.discriminated_by(data):
                    return GenerationContentDataInputMessages.from_dict(data)
                return cast(
                    GenerationContentDataInputMessages
                    | GenerationContentDataInputPrompt,
                    data,
                )

            input = _parse_input(raw__)

            return input

        def output_(raw__: Any) -> Any:
            output = GenerationContentDataOutput.from_dict(raw__)

            return output

        return {
            "error": error_,
            "input": input_,
            "output": output_,
        }
