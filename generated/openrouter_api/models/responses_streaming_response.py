from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.annotation_added_event import AnnotationAddedEvent
    from ..models.apply_patch_call_operation_diff_delta_event import (
        ApplyPatchCallOperationDiffDeltaEvent,
    )
    from ..models.apply_patch_call_operation_diff_done_event import (
        ApplyPatchCallOperationDiffDoneEvent,
    )
    from ..models.code_interpreter_call_code_delta_event import (
        CodeInterpreterCallCodeDeltaEvent,
    )
    from ..models.code_interpreter_call_code_done_event import (
        CodeInterpreterCallCodeDoneEvent,
    )
    from ..models.code_interpreter_call_completed_event import (
        CodeInterpreterCallCompletedEvent,
    )
    from ..models.code_interpreter_call_in_progress_event import (
        CodeInterpreterCallInProgressEvent,
    )
    from ..models.code_interpreter_call_interpreting_event import (
        CodeInterpreterCallInterpretingEvent,
    )
    from ..models.content_part_added_event import ContentPartAddedEvent
    from ..models.content_part_done_event import ContentPartDoneEvent
    from ..models.custom_tool_call_input_delta_event import (
        CustomToolCallInputDeltaEvent,
    )
    from ..models.custom_tool_call_input_done_event import CustomToolCallInputDoneEvent
    from ..models.debug_event import DebugEvent
    from ..models.error_event import ErrorEvent
    from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
    from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent
    from ..models.fusion_call_analysis_completed_event import (
        FusionCallAnalysisCompletedEvent,
    )
    from ..models.fusion_call_analysis_in_progress_event import (
        FusionCallAnalysisInProgressEvent,
    )
    from ..models.fusion_call_completed_event import FusionCallCompletedEvent
    from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent
    from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
    from ..models.fusion_call_panel_completed_event import FusionCallPanelCompletedEvent
    from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
    from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
    from ..models.fusion_call_panel_reasoning_delta_event import (
        FusionCallPanelReasoningDeltaEvent,
    )
    from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent
    from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
    from ..models.image_gen_call_in_progress_event import ImageGenCallInProgressEvent
    from ..models.image_gen_call_partial_image_event import (
        ImageGenCallPartialImageEvent,
    )
    from ..models.open_responses_created_event import OpenResponsesCreatedEvent
    from ..models.open_responses_in_progress_event import OpenResponsesInProgressEvent
    from ..models.reasoning_delta_event import ReasoningDeltaEvent
    from ..models.reasoning_done_event import ReasoningDoneEvent
    from ..models.reasoning_summary_part_added_event import (
        ReasoningSummaryPartAddedEvent,
    )
    from ..models.reasoning_summary_part_done_event import ReasoningSummaryPartDoneEvent
    from ..models.reasoning_summary_text_delta_event import (
        ReasoningSummaryTextDeltaEvent,
    )
    from ..models.reasoning_summary_text_done_event import ReasoningSummaryTextDoneEvent
    from ..models.refusal_delta_event import RefusalDeltaEvent
    from ..models.refusal_done_event import RefusalDoneEvent
    from ..models.stream_events_response_completed import StreamEventsResponseCompleted
    from ..models.stream_events_response_failed import StreamEventsResponseFailed
    from ..models.stream_events_response_incomplete import (
        StreamEventsResponseIncomplete,
    )
    from ..models.stream_events_response_output_item_added import (
        StreamEventsResponseOutputItemAdded,
    )
    from ..models.stream_events_response_output_item_done import (
        StreamEventsResponseOutputItemDone,
    )
    from ..models.text_delta_event import TextDeltaEvent
    from ..models.text_done_event import TextDoneEvent
    from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent
    from ..models.web_search_call_in_progress_event import WebSearchCallInProgressEvent
    from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent


@_attrs_define(slots=False, repr=False)
class ResponsesStreamingResponse(LazyModel):
    """
    Example:
        {'data': {'content_index': 0, 'delta': 'Hello', 'item_id': 'item-1', 'logprobs': [], 'output_index': 0,
            'sequence_number': 4, 'type': 'response.output_text.delta'}}

    Attributes:
        data (AnnotationAddedEvent | ApplyPatchCallOperationDiffDeltaEvent | ApplyPatchCallOperationDiffDoneEvent |
            CodeInterpreterCallCodeDeltaEvent | CodeInterpreterCallCodeDoneEvent | CodeInterpreterCallCompletedEvent |
            CodeInterpreterCallInProgressEvent | CodeInterpreterCallInterpretingEvent | ContentPartAddedEvent |
            ContentPartDoneEvent | CustomToolCallInputDeltaEvent | CustomToolCallInputDoneEvent | DebugEvent | ErrorEvent |
            FunctionCallArgsDeltaEvent | FunctionCallArgsDoneEvent | FusionCallAnalysisCompletedEvent |
            FusionCallAnalysisInProgressEvent | FusionCallCompletedEvent | FusionCallInProgressEvent |
            FusionCallPanelAddedEvent | FusionCallPanelCompletedEvent | FusionCallPanelDeltaEvent |
            FusionCallPanelFailedEvent | FusionCallPanelReasoningDeltaEvent | ImageGenCallCompletedEvent |
            ImageGenCallGeneratingEvent | ImageGenCallInProgressEvent | ImageGenCallPartialImageEvent |
            OpenResponsesCreatedEvent | OpenResponsesInProgressEvent | ReasoningDeltaEvent | ReasoningDoneEvent |
            ReasoningSummaryPartAddedEvent | ReasoningSummaryPartDoneEvent | ReasoningSummaryTextDeltaEvent |
            ReasoningSummaryTextDoneEvent | RefusalDeltaEvent | RefusalDoneEvent | StreamEventsResponseCompleted |
            StreamEventsResponseFailed | StreamEventsResponseIncomplete | StreamEventsResponseOutputItemAdded |
            StreamEventsResponseOutputItemDone | TextDeltaEvent | TextDoneEvent | WebSearchCallCompletedEvent |
            WebSearchCallInProgressEvent | WebSearchCallSearchingEvent): Union of all possible event types emitted during
            response streaming Example: {'response': {'completed_at': None, 'created_at': 1704067200, 'error': None,
            'frequency_penalty': None, 'id': 'resp-abc123', 'incomplete_details': None, 'instructions': None,
            'max_output_tokens': None, 'metadata': None, 'model': 'gpt-4', 'object': 'response', 'output': [],
            'parallel_tool_calls': True, 'presence_penalty': None, 'status': 'in_progress', 'temperature': None,
            'tool_choice': 'auto', 'tools': [], 'top_p': None}, 'sequence_number': 0, 'type': 'response.created'}.
    """

    data: (
        AnnotationAddedEvent
        | ApplyPatchCallOperationDiffDeltaEvent
        | ApplyPatchCallOperationDiffDoneEvent
        | CodeInterpreterCallCodeDeltaEvent
        | CodeInterpreterCallCodeDoneEvent
        | CodeInterpreterCallCompletedEvent
        | CodeInterpreterCallInProgressEvent
        | CodeInterpreterCallInterpretingEvent
        | ContentPartAddedEvent
        | ContentPartDoneEvent
        | CustomToolCallInputDeltaEvent
        | CustomToolCallInputDoneEvent
        | DebugEvent
        | ErrorEvent
        | FunctionCallArgsDeltaEvent
        | FunctionCallArgsDoneEvent
        | FusionCallAnalysisCompletedEvent
        | FusionCallAnalysisInProgressEvent
        | FusionCallCompletedEvent
        | FusionCallInProgressEvent
        | FusionCallPanelAddedEvent
        | FusionCallPanelCompletedEvent
        | FusionCallPanelDeltaEvent
        | FusionCallPanelFailedEvent
        | FusionCallPanelReasoningDeltaEvent
        | ImageGenCallCompletedEvent
        | ImageGenCallGeneratingEvent
        | ImageGenCallInProgressEvent
        | ImageGenCallPartialImageEvent
        | OpenResponsesCreatedEvent
        | OpenResponsesInProgressEvent
        | ReasoningDeltaEvent
        | ReasoningDoneEvent
        | ReasoningSummaryPartAddedEvent
        | ReasoningSummaryPartDoneEvent
        | ReasoningSummaryTextDeltaEvent
        | ReasoningSummaryTextDoneEvent
        | RefusalDeltaEvent
        | RefusalDoneEvent
        | StreamEventsResponseCompleted
        | StreamEventsResponseFailed
        | StreamEventsResponseIncomplete
        | StreamEventsResponseOutputItemAdded
        | StreamEventsResponseOutputItemDone
        | TextDeltaEvent
        | TextDoneEvent
        | WebSearchCallCompletedEvent
        | WebSearchCallInProgressEvent
        | WebSearchCallSearchingEvent
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.annotation_added_event import AnnotationAddedEvent
        from ..models.apply_patch_call_operation_diff_delta_event import (
            ApplyPatchCallOperationDiffDeltaEvent,
        )
        from ..models.apply_patch_call_operation_diff_done_event import (
            ApplyPatchCallOperationDiffDoneEvent,
        )
        from ..models.code_interpreter_call_code_delta_event import (
            CodeInterpreterCallCodeDeltaEvent,
        )
        from ..models.code_interpreter_call_code_done_event import (
            CodeInterpreterCallCodeDoneEvent,
        )
        from ..models.code_interpreter_call_completed_event import (
            CodeInterpreterCallCompletedEvent,
        )
        from ..models.code_interpreter_call_in_progress_event import (
            CodeInterpreterCallInProgressEvent,
        )
        from ..models.code_interpreter_call_interpreting_event import (
            CodeInterpreterCallInterpretingEvent,
        )
        from ..models.content_part_added_event import ContentPartAddedEvent
        from ..models.content_part_done_event import ContentPartDoneEvent
        from ..models.custom_tool_call_input_delta_event import (
            CustomToolCallInputDeltaEvent,
        )
        from ..models.custom_tool_call_input_done_event import (
            CustomToolCallInputDoneEvent,
        )
        from ..models.debug_event import DebugEvent
        from ..models.error_event import ErrorEvent
        from ..models.function_call_args_delta_event import FunctionCallArgsDeltaEvent
        from ..models.function_call_args_done_event import FunctionCallArgsDoneEvent
        from ..models.fusion_call_analysis_completed_event import (
            FusionCallAnalysisCompletedEvent,
        )
        from ..models.fusion_call_analysis_in_progress_event import (
            FusionCallAnalysisInProgressEvent,
        )
        from ..models.fusion_call_completed_event import FusionCallCompletedEvent
        from ..models.fusion_call_in_progress_event import FusionCallInProgressEvent
        from ..models.fusion_call_panel_added_event import FusionCallPanelAddedEvent
        from ..models.fusion_call_panel_completed_event import (
            FusionCallPanelCompletedEvent,
        )
        from ..models.fusion_call_panel_delta_event import FusionCallPanelDeltaEvent
        from ..models.fusion_call_panel_failed_event import FusionCallPanelFailedEvent
        from ..models.fusion_call_panel_reasoning_delta_event import (
            FusionCallPanelReasoningDeltaEvent,
        )
        from ..models.image_gen_call_completed_event import ImageGenCallCompletedEvent
        from ..models.image_gen_call_generating_event import ImageGenCallGeneratingEvent
        from ..models.image_gen_call_in_progress_event import (
            ImageGenCallInProgressEvent,
        )
        from ..models.image_gen_call_partial_image_event import (
            ImageGenCallPartialImageEvent,
        )
        from ..models.open_responses_created_event import OpenResponsesCreatedEvent
        from ..models.open_responses_in_progress_event import (
            OpenResponsesInProgressEvent,
        )
        from ..models.reasoning_delta_event import ReasoningDeltaEvent
        from ..models.reasoning_done_event import ReasoningDoneEvent
        from ..models.reasoning_summary_part_added_event import (
            ReasoningSummaryPartAddedEvent,
        )
        from ..models.reasoning_summary_part_done_event import (
            ReasoningSummaryPartDoneEvent,
        )
        from ..models.reasoning_summary_text_delta_event import (
            ReasoningSummaryTextDeltaEvent,
        )
        from ..models.reasoning_summary_text_done_event import (
            ReasoningSummaryTextDoneEvent,
        )
        from ..models.refusal_delta_event import RefusalDeltaEvent
        from ..models.refusal_done_event import RefusalDoneEvent
        from ..models.stream_events_response_completed import (
            StreamEventsResponseCompleted,
        )
        from ..models.stream_events_response_failed import StreamEventsResponseFailed
        from ..models.stream_events_response_incomplete import (
            StreamEventsResponseIncomplete,
        )
        from ..models.stream_events_response_output_item_added import (
            StreamEventsResponseOutputItemAdded,
        )
        from ..models.stream_events_response_output_item_done import (
            StreamEventsResponseOutputItemDone,
        )
        from ..models.text_delta_event import TextDeltaEvent
        from ..models.text_done_event import TextDoneEvent
        from ..models.web_search_call_completed_event import WebSearchCallCompletedEvent
        from ..models.web_search_call_in_progress_event import (
            WebSearchCallInProgressEvent,
        )
        from ..models.web_search_call_searching_event import WebSearchCallSearchingEvent

        def data_(raw__: Any) -> Any:
            def _parse_data(
                data: object,
            ) -> (
                AnnotationAddedEvent
                | ApplyPatchCallOperationDiffDeltaEvent
                | ApplyPatchCallOperationDiffDoneEvent
                | CodeInterpreterCallCodeDeltaEvent
                | CodeInterpreterCallCodeDoneEvent
                | CodeInterpreterCallCompletedEvent
                | CodeInterpreterCallInProgressEvent
                | CodeInterpreterCallInterpretingEvent
                | ContentPartAddedEvent
                | ContentPartDoneEvent
                | CustomToolCallInputDeltaEvent
                | CustomToolCallInputDoneEvent
                | DebugEvent
                | ErrorEvent
                | FunctionCallArgsDeltaEvent
                | FunctionCallArgsDoneEvent
                | FusionCallAnalysisCompletedEvent
                | FusionCallAnalysisInProgressEvent
                | FusionCallCompletedEvent
                | FusionCallInProgressEvent
                | FusionCallPanelAddedEvent
                | FusionCallPanelCompletedEvent
                | FusionCallPanelDeltaEvent
                | FusionCallPanelFailedEvent
                | FusionCallPanelReasoningDeltaEvent
                | ImageGenCallCompletedEvent
                | ImageGenCallGeneratingEvent
                | ImageGenCallInProgressEvent
                | ImageGenCallPartialImageEvent
                | OpenResponsesCreatedEvent
                | OpenResponsesInProgressEvent
                | ReasoningDeltaEvent
                | ReasoningDoneEvent
                | ReasoningSummaryPartAddedEvent
                | ReasoningSummaryPartDoneEvent
                | ReasoningSummaryTextDeltaEvent
                | ReasoningSummaryTextDoneEvent
                | RefusalDeltaEvent
                | RefusalDoneEvent
                | StreamEventsResponseCompleted
                | StreamEventsResponseFailed
                | StreamEventsResponseIncomplete
                | StreamEventsResponseOutputItemAdded
                | StreamEventsResponseOutputItemDone
                | TextDeltaEvent
                | TextDoneEvent
                | WebSearchCallCompletedEvent
                | WebSearchCallInProgressEvent
                | WebSearchCallSearchingEvent
            ):
                if OpenResponsesCreatedEvent.accepts(data):
                    componentsschemas_stream_events_type_0 = (
                        OpenResponsesCreatedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_0
                if OpenResponsesInProgressEvent.accepts(data):
                    componentsschemas_stream_events_type_1 = (
                        OpenResponsesInProgressEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_1
                if StreamEventsResponseCompleted.accepts(data):
                    componentsschemas_stream_events_type_2 = (
                        StreamEventsResponseCompleted.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_2
                if StreamEventsResponseIncomplete.accepts(data):
                    componentsschemas_stream_events_type_3 = (
                        StreamEventsResponseIncomplete.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_3
                if StreamEventsResponseFailed.accepts(data):
                    componentsschemas_stream_events_type_4 = (
                        StreamEventsResponseFailed.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_4
                if ErrorEvent.accepts(data):
                    componentsschemas_stream_events_type_5 = ErrorEvent.from_dict(data)

                    return componentsschemas_stream_events_type_5
                if StreamEventsResponseOutputItemAdded.accepts(data):
                    componentsschemas_stream_events_type_6 = (
                        StreamEventsResponseOutputItemAdded.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_6
                if StreamEventsResponseOutputItemDone.accepts(data):
                    componentsschemas_stream_events_type_7 = (
                        StreamEventsResponseOutputItemDone.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_7
                if ContentPartAddedEvent.accepts(data):
                    componentsschemas_stream_events_type_8 = (
                        ContentPartAddedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_8
                if ContentPartDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_9 = (
                        ContentPartDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_9
                if TextDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_10 = TextDeltaEvent.from_dict(
                        data
                    )

                    return componentsschemas_stream_events_type_10
                if TextDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_11 = TextDoneEvent.from_dict(
                        data
                    )

                    return componentsschemas_stream_events_type_11
                if RefusalDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_12 = (
                        RefusalDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_12
                if RefusalDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_13 = (
                        RefusalDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_13
                if AnnotationAddedEvent.accepts(data):
                    componentsschemas_stream_events_type_14 = (
                        AnnotationAddedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_14
                if FunctionCallArgsDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_15 = (
                        FunctionCallArgsDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_15
                if FunctionCallArgsDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_16 = (
                        FunctionCallArgsDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_16
                if ReasoningDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_17 = (
                        ReasoningDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_17
                if ReasoningDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_18 = (
                        ReasoningDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_18
                if ReasoningSummaryPartAddedEvent.accepts(data):
                    componentsschemas_stream_events_type_19 = (
                        ReasoningSummaryPartAddedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_19
                if ReasoningSummaryPartDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_20 = (
                        ReasoningSummaryPartDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_20
                if ReasoningSummaryTextDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_21 = (
                        ReasoningSummaryTextDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_21
                if ReasoningSummaryTextDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_22 = (
                        ReasoningSummaryTextDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_22
                if ImageGenCallInProgressEvent.accepts(data):
                    componentsschemas_stream_events_type_23 = (
                        ImageGenCallInProgressEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_23
                if ImageGenCallGeneratingEvent.accepts(data):
                    componentsschemas_stream_events_type_24 = (
                        ImageGenCallGeneratingEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_24
                if ImageGenCallPartialImageEvent.accepts(data):
                    componentsschemas_stream_events_type_25 = (
                        ImageGenCallPartialImageEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_25
                if ImageGenCallCompletedEvent.accepts(data):
                    componentsschemas_stream_events_type_26 = (
                        ImageGenCallCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_26
                if CodeInterpreterCallInProgressEvent.accepts(data):
                    componentsschemas_stream_events_type_27 = (
                        CodeInterpreterCallInProgressEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_27
                if CodeInterpreterCallInterpretingEvent.accepts(data):
                    componentsschemas_stream_events_type_28 = (
                        CodeInterpreterCallInterpretingEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_28
                if CodeInterpreterCallCompletedEvent.accepts(data):
                    componentsschemas_stream_events_type_29 = (
                        CodeInterpreterCallCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_29
                if CodeInterpreterCallCodeDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_30 = (
                        CodeInterpreterCallCodeDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_30
                if CodeInterpreterCallCodeDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_31 = (
                        CodeInterpreterCallCodeDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_31
                if WebSearchCallInProgressEvent.accepts(data):
                    componentsschemas_stream_events_type_32 = (
                        WebSearchCallInProgressEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_32
                if WebSearchCallSearchingEvent.accepts(data):
                    componentsschemas_stream_events_type_33 = (
                        WebSearchCallSearchingEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_33
                if WebSearchCallCompletedEvent.accepts(data):
                    componentsschemas_stream_events_type_34 = (
                        WebSearchCallCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_34
                if CustomToolCallInputDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_35 = (
                        CustomToolCallInputDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_35
                if CustomToolCallInputDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_36 = (
                        CustomToolCallInputDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_36
                if ApplyPatchCallOperationDiffDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_37 = (
                        ApplyPatchCallOperationDiffDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_37
                if ApplyPatchCallOperationDiffDoneEvent.accepts(data):
                    componentsschemas_stream_events_type_38 = (
                        ApplyPatchCallOperationDiffDoneEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_38
                if FusionCallInProgressEvent.accepts(data):
                    componentsschemas_stream_events_type_39 = (
                        FusionCallInProgressEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_39
                if FusionCallPanelAddedEvent.accepts(data):
                    componentsschemas_stream_events_type_40 = (
                        FusionCallPanelAddedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_40
                if FusionCallPanelDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_41 = (
                        FusionCallPanelDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_41
                if FusionCallPanelReasoningDeltaEvent.accepts(data):
                    componentsschemas_stream_events_type_42 = (
                        FusionCallPanelReasoningDeltaEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_42
                if FusionCallPanelCompletedEvent.accepts(data):
                    componentsschemas_stream_events_type_43 = (
                        FusionCallPanelCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_43
                if FusionCallPanelFailedEvent.accepts(data):
                    componentsschemas_stream_events_type_44 = (
                        FusionCallPanelFailedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_44
                if FusionCallAnalysisInProgressEvent.accepts(data):
                    componentsschemas_stream_events_type_45 = (
                        FusionCallAnalysisInProgressEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_45
                if FusionCallAnalysisCompletedEvent.accepts(data):
                    componentsschemas_stream_events_type_46 = (
                        FusionCallAnalysisCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_46
                if FusionCallCompletedEvent.accepts(data):
                    componentsschemas_stream_events_type_47 = (
                        FusionCallCompletedEvent.from_dict(data)
                    )

                    return componentsschemas_stream_events_type_47
                if DebugEvent.accepts(data):
                    componentsschemas_stream_events_type_48 = DebugEvent.from_dict(data)

                    return componentsschemas_stream_events_type_48
                if OpenResponsesCreatedEvent.discriminated_by(data):
                    return OpenResponsesCreatedEvent.from_dict(data)
                if OpenResponsesInProgressEvent.discriminated_by(data):
                    return OpenResponsesInProgressEvent.from_dict(data)
                if StreamEventsResponseCompleted.discriminated_by(data):
                    return StreamEventsResponseCompleted.from_dict(data)
                if StreamEventsResponseIncomplete.discriminated_by(data):
                    return StreamEventsResponseIncomplete.from_dict(data)
                if StreamEventsResponseFailed.discriminated_by(data):
                    return StreamEventsResponseFailed.from_dict(data)
                if ErrorEvent.discriminated_by(data):
                    return ErrorEvent.from_dict(data)
                if StreamEventsResponseOutputItemAdded.discriminated_by(data):
                    return StreamEventsResponseOutputItemAdded.from_dict(data)
                if StreamEventsResponseOutputItemDone.discriminated_by(data):
                    return StreamEventsResponseOutputItemDone.from_dict(data)
                if ContentPartAddedEvent.discriminated_by(data):
                    return ContentPartAddedEvent.from_dict(data)
                if ContentPartDoneEvent.discriminated_by(data):
                    return ContentPartDoneEvent.from_dict(data)
                if TextDeltaEvent.discriminated_by(data):
                    return TextDeltaEvent.from_dict(data)
                if TextDoneEvent.discriminated_by(data):
                    return TextDoneEvent.from_dict(data)
                if RefusalDeltaEvent.discriminated_by(data):
                    return RefusalDeltaEvent.from_dict(data)
                if RefusalDoneEvent.discriminated_by(data):
                    return RefusalDoneEvent.from_dict(data)
                if AnnotationAddedEvent.discriminated_by(data):
                    return AnnotationAddedEvent.from_dict(data)
                if FunctionCallArgsDeltaEvent.discriminated_by(data):
                    return FunctionCallArgsDeltaEvent.from_dict(data)
                if FunctionCallArgsDoneEvent.discriminated_by(data):
                    return FunctionCallArgsDoneEvent.from_dict(data)
                if ReasoningDeltaEvent.discriminated_by(data):
                    return ReasoningDeltaEvent.from_dict(data)
                if ReasoningDoneEvent.discriminated_by(data):
                    return ReasoningDoneEvent.from_dict(data)
                if ReasoningSummaryPartAddedEvent.discriminated_by(data):
                    return ReasoningSummaryPartAddedEvent.from_dict(data)
                if ReasoningSummaryPartDoneEvent.discriminated_by(data):
                    return ReasoningSummaryPartDoneEvent.from_dict(data)
                if ReasoningSummaryTextDeltaEvent.discriminated_by(data):
                    return ReasoningSummaryTextDeltaEvent.from_dict(data)
                if ReasoningSummaryTextDoneEvent.discriminated_by(data):
                    return ReasoningSummaryTextDoneEvent.from_dict(data)
                if ImageGenCallInProgressEvent.discriminated_by(data):
                    return ImageGenCallInProgressEvent.from_dict(data)
                if ImageGenCallGeneratingEvent.discriminated_by(data):
                    return ImageGenCallGeneratingEvent.from_dict(data)
                if ImageGenCallPartialImageEvent.discriminated_by(data):
                    return ImageGenCallPartialImageEvent.from_dict(data)
                if ImageGenCallCompletedEvent.discriminated_by(data):
                    return ImageGenCallCompletedEvent.from_dict(data)
                if CodeInterpreterCallInProgressEvent.discriminated_by(data):
                    return CodeInterpreterCallInProgressEvent.from_dict(data)
                if CodeInterpreterCallInterpretingEvent.discriminated_by(data):
                    return CodeInterpreterCallInterpretingEvent.from_dict(data)
                if CodeInterpreterCallCompletedEvent.discriminated_by(data):
                    return CodeInterpreterCallCompletedEvent.from_dict(data)
                if CodeInterpreterCallCodeDeltaEvent.discriminated_by(data):
                    return CodeInterpreterCallCodeDeltaEvent.from_dict(data)
                if CodeInterpreterCallCodeDoneEvent.discriminated_by(data):
                    return CodeInterpreterCallCodeDoneEvent.from_dict(data)
                if WebSearchCallInProgressEvent.discriminated_by(data):
                    return WebSearchCallInProgressEvent.from_dict(data)
                if WebSearchCallSearchingEvent.discriminated_by(data):
                    return WebSearchCallSearchingEvent.from_dict(data)
                if WebSearchCallCompletedEvent.discriminated_by(data):
                    return WebSearchCallCompletedEvent.from_dict(data)
                if CustomToolCallInputDeltaEvent.discriminated_by(data):
                    return CustomToolCallInputDeltaEvent.from_dict(data)
                if CustomToolCallInputDoneEvent.discriminated_by(data):
                    return CustomToolCallInputDoneEvent.from_dict(data)
                if ApplyPatchCallOperationDiffDeltaEvent.discriminated_by(data):
                    return ApplyPatchCallOperationDiffDeltaEvent.from_dict(data)
                if ApplyPatchCallOperationDiffDoneEvent.discriminated_by(data):
                    return ApplyPatchCallOperationDiffDoneEvent.from_dict(data)
                if FusionCallInProgressEvent.discriminated_by(data):
                    return FusionCallInProgressEvent.from_dict(data)
                if FusionCallPanelAddedEvent.discriminated_by(data):
                    return FusionCallPanelAddedEvent.from_dict(data)
                if FusionCallPanelDeltaEvent.discriminated_by(data):
                    return FusionCallPanelDeltaEvent.from_dict(data)
                if FusionCallPanelReasoningDeltaEvent.discriminated_by(data):
                    return FusionCallPanelReasoningDeltaEvent.from_dict(data)
                if FusionCallPanelCompletedEvent.discriminated_by(data):
                    return FusionCallPanelCompletedEvent.from_dict(data)
                if FusionCallPanelFailedEvent.discriminated_by(data):
                    return FusionCallPanelFailedEvent.from_dict(data)
                if FusionCallAnalysisInProgressEvent.discriminated_by(data):
                    return FusionCallAnalysisInProgressEvent.from_dict(data)
                if FusionCallAnalysisCompletedEvent.discriminated_by(data):
                    return FusionCallAnalysisCompletedEvent.from_dict(data)
                if FusionCallCompletedEvent.discriminated_by(data):
                    return FusionCallCompletedEvent.from_dict(data)
                if DebugEvent.discriminated_by(data):
                    return DebugEvent.from_dict(data)
                return cast(
                    AnnotationAddedEvent
                    | ApplyPatchCallOperationDiffDeltaEvent
                    | ApplyPatchCallOperationDiffDoneEvent
                    | CodeInterpreterCallCodeDeltaEvent
                    | CodeInterpreterCallCodeDoneEvent
                    | CodeInterpreterCallCompletedEvent
                    | CodeInterpreterCallInProgressEvent
                    | CodeInterpreterCallInterpretingEvent
                    | ContentPartAddedEvent
                    | ContentPartDoneEvent
                    | CustomToolCallInputDeltaEvent
                    | CustomToolCallInputDoneEvent
                    | DebugEvent
                    | ErrorEvent
                    | FunctionCallArgsDeltaEvent
                    | FunctionCallArgsDoneEvent
                    | FusionCallAnalysisCompletedEvent
                    | FusionCallAnalysisInProgressEvent
                    | FusionCallCompletedEvent
                    | FusionCallInProgressEvent
                    | FusionCallPanelAddedEvent
                    | FusionCallPanelCompletedEvent
                    | FusionCallPanelDeltaEvent
                    | FusionCallPanelFailedEvent
                    | FusionCallPanelReasoningDeltaEvent
                    | ImageGenCallCompletedEvent
                    | ImageGenCallGeneratingEvent
                    | ImageGenCallInProgressEvent
                    | ImageGenCallPartialImageEvent
                    | OpenResponsesCreatedEvent
                    | OpenResponsesInProgressEvent
                    | ReasoningDeltaEvent
                    | ReasoningDoneEvent
                    | ReasoningSummaryPartAddedEvent
                    | ReasoningSummaryPartDoneEvent
                    | ReasoningSummaryTextDeltaEvent
                    | ReasoningSummaryTextDoneEvent
                    | RefusalDeltaEvent
                    | RefusalDoneEvent
                    | StreamEventsResponseCompleted
                    | StreamEventsResponseFailed
                    | StreamEventsResponseIncomplete
                    | StreamEventsResponseOutputItemAdded
                    | StreamEventsResponseOutputItemDone
                    | TextDeltaEvent
                    | TextDoneEvent
                    | WebSearchCallCompletedEvent
                    | WebSearchCallInProgressEvent
                    | WebSearchCallSearchingEvent,
                    data,
                )

            data = _parse_data(raw__)

            return data

        return {
            "data": data_,
        }
