from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_modality import InputModality
    from ..models.instruct_type import InstructType
    from ..models.model_group import ModelGroup
    from ..models.output_modality import OutputModality


@_attrs_define(slots=False, repr=False)
class ModelArchitecture(LazyModel):
    """Model architecture information

    Example:
        {'input_modalities': ['text'], 'instruct_type': 'chatml', 'modality': 'text->text', 'output_modalities':
            ['text'], 'tokenizer': 'GPT'}

    Attributes:
        input_modalities (list[InputModality]): Supported input modalities
        modality (str | None): Primary modality of the model Example: text->text.
        output_modalities (list[OutputModality]): Supported output modalities
        instruct_type (InstructType | None):
        tokenizer (ModelGroup | None): Tokenizer type used by the model Example: GPT.
    """

    input_modalities: list[InputModality]
    modality: str | None
    output_modalities: list[OutputModality]
    instruct_type: InstructType | None = ABSENT
    tokenizer: ModelGroup | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_modalities", "input_modalities"),
        ("modality", "modality"),
        ("output_modalities", "output_modalities"),
        ("instruct_type", "instruct_type"),
        ("tokenizer", "tokenizer"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_modalities",
            "modality",
            "output_modalities",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_modalities",
            "output_modalities",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_modality import InputModality
        from ..models.instruct_type import InstructType
        from ..models.model_group import ModelGroup
        from ..models.output_modality import OutputModality

        def input_modalities_(raw__: Any) -> Any:
            input_modalities = []
            _input_modalities = raw__
            for input_modalities_item_data in _input_modalities:
                input_modalities_item = InputModality(input_modalities_item_data)

                input_modalities.append(input_modalities_item)

            return input_modalities

        def output_modalities_(raw__: Any) -> Any:
            output_modalities = []
            _output_modalities = raw__
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = OutputModality(output_modalities_item_data)

                output_modalities.append(output_modalities_item)

            return output_modalities

        def instruct_type_(raw__: Any) -> Any:
            def _parse_instruct_type(data: object) -> InstructType | None:
                if data is None:
                    return data
                if InstructType.is_declared(data):
                    instruct_type_type_0 = InstructType(data)

                    return instruct_type_type_0
                if isinstance(data, str):
                    return InstructType(data)
                return cast(InstructType | None, data)

            instruct_type = _parse_instruct_type(raw__)

            return instruct_type

        def tokenizer_(raw__: Any) -> Any:
            tokenizer = ModelGroup(raw__)

            return tokenizer

        return {
            "input_modalities": input_modalities_,
            "output_modalities": output_modalities_,
            "instruct_type": instruct_type_,
            "tokenizer": tokenizer_,
        }
