from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_usage_completion_tokens_details import (
        ChatUsageCompletionTokensDetails,
    )
    from ..models.chat_usage_prompt_tokens_details import ChatUsagePromptTokensDetails
    from ..models.cost_details import CostDetails
    from ..models.server_tool_use_details import ServerToolUseDetails


@_attrs_define(slots=False, repr=False)
class ChatUsage(LazyModel):
    """Token usage statistics

    Example:
        {'completion_tokens': 15, 'completion_tokens_details': {'reasoning_tokens': 5}, 'cost': 0.0012, 'cost_details':
            {'upstream_inference_completions_cost': 0.0004, 'upstream_inference_cost': None,
            'upstream_inference_prompt_cost': 0.0008}, 'is_byok': False, 'prompt_tokens': 10, 'prompt_tokens_details':
            {'cached_tokens': 2}, 'server_tool_use_details': {'tool_calls_executed': 2, 'tool_calls_requested': 2},
            'total_tokens': 25}

    Attributes:
        completion_tokens (int): Number of tokens in the completion
        prompt_tokens (int): Number of tokens in the prompt
        total_tokens (int): Total number of tokens
        completion_tokens_details (ChatUsageCompletionTokensDetails | None): Detailed completion token usage
        cost (float | None): Cost of the completion
        cost_details (CostDetails | None):
        is_byok (bool | None): Whether a request was made using a Bring Your Own Key configuration
        prompt_tokens_details (ChatUsagePromptTokensDetails | None): Detailed prompt token usage
        server_tool_use_details (ServerToolUseDetails | None):
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    completion_tokens_details: ChatUsageCompletionTokensDetails | None = ABSENT
    cost: float | None = ABSENT
    cost_details: CostDetails | None = ABSENT
    is_byok: bool | None = ABSENT
    prompt_tokens_details: ChatUsagePromptTokensDetails | None = ABSENT
    server_tool_use_details: ServerToolUseDetails | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
        ("completion_tokens_details", "completion_tokens_details"),
        ("cost", "cost"),
        ("cost_details", "cost_details"),
        ("is_byok", "is_byok"),
        ("prompt_tokens_details", "prompt_tokens_details"),
        ("server_tool_use_details", "server_tool_use_details"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "completion_tokens",
            "prompt_tokens",
            "total_tokens",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_usage_completion_tokens_details import (
            ChatUsageCompletionTokensDetails,
        )
        from ..models.chat_usage_prompt_tokens_details import (
            ChatUsagePromptTokensDetails,
        )
        from ..models.cost_details import CostDetails
        from ..models.server_tool_use_details import ServerToolUseDetails

        def completion_tokens_details_(raw__: Any) -> Any:
            def _parse_completion_tokens_details(
                data: object,
            ) -> ChatUsageCompletionTokensDetails | None:
                if data is None:
                    return data
                if ChatUsageCompletionTokensDetails.accepts(data):
                    completion_tokens_details_type_0 = (
                        ChatUsageCompletionTokensDetails.from_dict(data)
                    )

                    return completion_tokens_details_type_0
                if ChatUsageCompletionTokensDetails.discriminated_by(data):
                    return ChatUsageCompletionTokensDetails.from_dict(data)
                return cast(ChatUsageCompletionTokensDetails | None, data)

            completion_tokens_details = _parse_completion_tokens_details(raw__)

            return completion_tokens_details

        def cost_details_(raw__: Any) -> Any:
            def _parse_cost_details(data: object) -> CostDetails | None:
                if data is None:
                    return data
                if CostDetails.accepts(data):
                    cost_details_type_0 = CostDetails.from_dict(data)

                    return cost_details_type_0
                if CostDetails.discriminated_by(data):
                    return CostDetails.from_dict(data)
                return cast(CostDetails | None, data)

            cost_details = _parse_cost_details(raw__)

            return cost_details

        def prompt_tokens_details_(raw__: Any) -> Any:
            def _parse_prompt_tokens_details(
                data: object,
            ) -> ChatUsagePromptTokensDetails | None:
                if data is None:
                    return data
                if ChatUsagePromptTokensDetails.accepts(data):
                    prompt_tokens_details_type_0 = (
                        ChatUsagePromptTokensDetails.from_dict(data)
                    )

                    return prompt_tokens_details_type_0
                if ChatUsagePromptTokensDetails.discriminated_by(data):
                    return ChatUsagePromptTokensDetails.from_dict(data)
                return cast(ChatUsagePromptTokensDetails | None, data)

            prompt_tokens_details = _parse_prompt_tokens_details(raw__)

            return prompt_tokens_details

        def server_tool_use_details_(raw__: Any) -> Any:
            def _parse_server_tool_use_details(
                data: object,
            ) -> None | ServerToolUseDetails:
                if data is None:
                    return data
                if ServerToolUseDetails.accepts(data):
                    server_tool_use_details_type_0 = ServerToolUseDetails.from_dict(
                        data
                    )

                    return server_tool_use_details_type_0
                if ServerToolUseDetails.discriminated_by(data):
                    return ServerToolUseDetails.from_dict(data)
                return cast(None | ServerToolUseDetails, data)

            server_tool_use_details = _parse_server_tool_use_details(raw__)

            return server_tool_use_details

        return {
            "completion_tokens_details": completion_tokens_details_,
            "cost_details": cost_details_,
            "prompt_tokens_details": prompt_tokens_details_,
            "server_tool_use_details": server_tool_use_details_,
        }
