from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.output_item_added_event_type import OutputItemAddedEventType
    from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
    from ..models.output_item_code_interpreter_call import OutputItemCodeInterpreterCall
    from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
    from ..models.output_item_file_search_call import OutputItemFileSearchCall
    from ..models.output_item_function_call import OutputItemFunctionCall
    from ..models.output_item_image_generation_call import OutputItemImageGenerationCall
    from ..models.output_item_reasoning import OutputItemReasoning
    from ..models.output_item_web_search_call import OutputItemWebSearchCall
    from ..models.output_message import OutputMessage


@_attrs_define(slots=False, repr=False)
class OutputItemAddedEvent(LazyModel):
    """Event emitted when a new output item is added to the response

    Example:
        {'item': {'content': [], 'id': 'item-1', 'role': 'assistant', 'status': 'in_progress', 'type': 'message'},
            'output_index': 0, 'sequence_number': 2, 'type': 'response.output_item.added'}

    Attributes:
        item (OutputItemApplyPatchCall | OutputItemCodeInterpreterCall | OutputItemCustomToolCall |
            OutputItemFileSearchCall | OutputItemFunctionCall | OutputItemImageGenerationCall | OutputItemReasoning |
            OutputItemWebSearchCall | OutputMessage):
        output_index (int):
        sequence_number (int):
        type (OutputItemAddedEventType):
    """

    item: (
        OutputItemApplyPatchCall
        | OutputItemCodeInterpreterCall
        | OutputItemCustomToolCall
        | OutputItemFileSearchCall
        | OutputItemFunctionCall
        | OutputItemImageGenerationCall
        | OutputItemReasoning
        | OutputItemWebSearchCall
        | OutputMessage
    )
    output_index: int
    sequence_number: int
    type: OutputItemAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("item", "item"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "item",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.output_item.added"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_item_added_event_type import OutputItemAddedEventType
        from ..models.output_item_apply_patch_call import OutputItemApplyPatchCall
        from ..models.output_item_code_interpreter_call import (
            OutputItemCodeInterpreterCall,
        )
        from ..models.output_item_custom_tool_call import OutputItemCustomToolCall
        from ..models.output_item_file_search_call import OutputItemFileSearchCall
        from ..models.output_item_function_call import OutputItemFunctionCall
        from ..models.output_item_image_generation_call import (
            OutputItemImageGenerationCall,
        )
        from ..models.output_item_reasoning import OutputItemReasoning
        from ..models.output_item_web_search_call import OutputItemWebSearchCall
        from ..models.output_message import OutputMessage

        def item_(raw__: Any) -> Any:
            def _parse_item(
                data: object,
            ) -> (
                OutputItemApplyPatchCall
                | OutputItemCodeInterpreterCall
                | OutputItemCustomToolCall
                | OutputItemFileSearchCall
                | OutputItemFunctionCall
                | OutputItemImageGenerationCall
                | OutputItemReasoning
                | OutputItemWebSearchCall
                | OutputMessage
            ):
                if OutputMessage.accepts(data):
                    item_type_0 = OutputMessage.from_dict(data)

                    return item_type_0
                if OutputItemReasoning.accepts(data):
                    item_type_1 = OutputItemReasoning.from_dict(data)

                    return item_type_1
                if OutputItemFunctionCall.accepts(data):
                    item_type_2 = OutputItemFunctionCall.from_dict(data)

                    return item_type_2
                if OutputItemCustomToolCall.accepts(data):
                    item_type_3 = OutputItemCustomToolCall.from_dict(data)

                    return item_type_3
                if OutputItemWebSearchCall.accepts(data):
                    item_type_4 = OutputItemWebSearchCall.from_dict(data)

                    return item_type_4
                if OutputItemFileSearchCall.accepts(data):
                    item_type_5 = OutputItemFileSearchCall.from_dict(data)

                    return item_type_5
                if OutputItemImageGenerationCall.accepts(data):
                    item_type_6 = OutputItemImageGenerationCall.from_dict(data)

                    return item_type_6
                if OutputItemApplyPatchCall.accepts(data):
                    item_type_7 = OutputItemApplyPatchCall.from_dict(data)

                    return item_type_7
                if OutputItemCodeInterpreterCall.accepts(data):
                    item_type_8 = OutputItemCodeInterpreterCall.from_dict(data)

                    return item_type_8
                if OutputMessage.discriminated_by(data):
                    return OutputMessage.from_dict(data)
                if OutputItemReasoning.discriminated_by(data):
                    return OutputItemReasoning.from_dict(data)
                if OutputItemFunctionCall.discriminated_by(data):
                    return OutputItemFunctionCall.from_dict(data)
                if OutputItemCustomToolCall.discriminated_by(data):
                    return OutputItemCustomToolCall.from_dict(data)
                if OutputItemWebSearchCall.discriminated_by(data):
                    return OutputItemWebSearchCall.from_dict(data)
                if OutputItemFileSearchCall.discriminated_by(data):
                    return OutputItemFileSearchCall.from_dict(data)
                if OutputItemImageGenerationCall.discriminated_by(data):
                    return OutputItemImageGenerationCall.from_dict(data)
                if OutputItemApplyPatchCall.discriminated_by(data):
                    return OutputItemApplyPatchCall.from_dict(data)
                if OutputItemCodeInterpreterCall.discriminated_by(data):
                    return OutputItemCodeInterpreterCall.from_dict(data)
                return cast(
                    OutputItemApplyPatchCall
                    | OutputItemCodeInterpreterCall
                    | OutputItemCustomToolCall
                    | OutputItemFileSearchCall
                    | OutputItemFunctionCall
                    | OutputItemImageGenerationCall
                    | OutputItemReasoning
                    | OutputItemWebSearchCall
                    | OutputMessage,
                    data,
                )

            item = _parse_item(raw__)

            return item

        def type_(raw__: Any) -> Any:
            type = OutputItemAddedEventType(raw__)

            return type

        return {
            "item": item_,
            "type": type_,
        }
