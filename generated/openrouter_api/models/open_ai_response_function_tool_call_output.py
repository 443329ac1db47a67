from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
    from ..models.open_ai_response_function_tool_call_output_type import (
        OpenAIResponseFunctionToolCallOutputType,
    )
    from ..models.tool_call_status import ToolCallStatus


@_attrs_define(slots=False, repr=False)
class OpenAIResponseFunctionToolCallOutput(LazyModel):
    """
    Example:
        {'call_id': 'call-abc123', 'output': '{"temperature":72,"conditions":"sunny"}', 'type': 'function_call_output'}

    Attributes:
        call_id (str):
        output (list[InputFile | InputImage | InputText] | str):
        type (OpenAIResponseFunctionToolCallOutputType):
        id (str | None):
        status (ToolCallStatus | None):
    """

    call_id: str
    output: list[InputFile | InputImage | InputText] | str
    type: OpenAIResponseFunctionToolCallOutputType
    id: str | None = ABSENT
    status: ToolCallStatus | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("call_id", "call_id"),
        ("output", "output"),
        ("type", "type"),
        ("id", "id"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "call_id",
            "output",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "function_call_output"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_file import InputFile
        from ..models.input_image import InputImage
        from ..models.input_text import InputText
        from ..models.open_ai_response_function_tool_call_output_type import (
            OpenAIResponseFunctionToolCallOutputType,
        )
        from ..models.tool_call_status import ToolCallStatus

        def output_(raw__: Any) -> Any:
            def _parse_output(
                data: object,
            ) -> list[InputFile | InputImage | InputText] | str:
                if isinstance(data, list):
                    output_type_1 = []
                    _output_type_1 = data
                    for output_type_1_item_data in _output_type_1:

                        def _parse_output_type_1_item(
                            data: object,
                        ) -> InputFile | InputImage | InputText:
                            if InputText.accepts(data):
                                output_type_1_item_type_0 = InputText.from_dict(data)

                                return output_type_1_item_type_0
                            if InputImage.accepts(data):
                                output_type_1_item_type_1 = InputImage.from_dict(data)

                                return output_type_1_item_type_1
                            if InputFile.accepts(data):
                                output_type_1_item_type_2 = InputFile.from_dict(data)

                                return output_type_1_item_type_2
                            if InputText.discriminated_by(data):
                                return InputText.from_dict(data)
                            if InputImage.discriminated_by(data):
                                return InputImage.from_dict(data)
                            if InputFile.discriminated_by(data):
                                return InputFile.from_dict(data)
                            return cast(InputFile | InputImage | InputText, data)

                        output_type_1_item = _parse_output_type_1_item(
                            output_type_1_item_data
                        )

                        output_type_1.append(output_type_1_item)

                    return output_type_1
                return cast(list[InputFile | InputImage | InputText] | str, data)

            output = _parse_output(raw__)

            return output

        def type_(raw__: Any) -> Any:
            type = OpenAIResponseFunctionToolCallOutputType(raw__)

            return type

        def status_(raw__: Any) -> Any:
            def _parse_status(data: object) -> None | ToolCallStatus:
                if data is None:
                    return data
                if ToolCallStatus.is_declared(data):
                    status_type_0 = ToolCallStatus(data)

                    return status_type_0
                if isinstance(data, str):
                    return ToolCallStatus(data)
                return cast(None | ToolCallStatus, data)

            status = _parse_status(raw__)

            return status

        return {
            "output": output_,
            "type": type_,
            "status": status_,
        }
