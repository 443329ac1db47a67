from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_advisor_message_usage_iteration import (
        AnthropicAdvisorMessageUsageIteration,
    )
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_compaction_usage_iteration import (
        AnthropicCompactionUsageIteration,
    )
    from ..models.anthropic_message_usage_iteration import (
        AnthropicMessageUsageIteration,
    )
    from ..models.anthropic_speed import AnthropicSpeed
    from ..models.anthropic_unknown_usage_iteration import (
        AnthropicUnknownUsageIteration,
    )
    from ..models.cost_details import CostDetails
    from ..models.image_generation_usage_completion_tokens_details import (
        ImageGenerationUsageCompletionTokensDetails,
    )
    from ..models.image_generation_usage_prompt_tokens_details import (
        ImageGenerationUsagePromptTokensDetails,
    )
    from ..models.server_tool_use_details import ServerToolUseDetails


@_attrs_define(slots=False, repr=False)
class ImageGenerationUsage(LazyModel):
    """Token and cost usage for the image generation request, when available

    Example:
        {'completion_tokens': 4175, 'cost': 0.04, 'prompt_tokens': 0, 'total_tokens': 4175}

    Attributes:
        completion_tokens (int): The tokens generated
        prompt_tokens (int): Including images, input audio, and tools if any
        total_tokens (int): Sum of the above two fields
        cache_creation (AnthropicCacheCreation | None):
        completion_tokens_details (ImageGenerationUsageCompletionTokensDetails | None):
        cost (float | None): Cost of the completion
        cost_details (CostDetails | None):
        is_byok (bool | None): Whether a request was made using a Bring Your Own Key configuration
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | None):
        prompt_tokens_details (ImageGenerationUsagePromptTokensDetails | None): Breakdown of tokens used in the prompt.
        server_tool_use (ServerToolUseDetails | None): Usage for server-side tool execution (e.g., web search)
        service_tier (str | None): The service tier used by the upstream provider for this request
        speed (AnthropicSpeed | None):
    """

    completion_tokens: int
    prompt_tokens: int
    total_tokens: int
    cache_creation: AnthropicCacheCreation | None = ABSENT
    completion_tokens_details: ImageGenerationUsageCompletionTokensDetails | None = (
        ABSENT
    )
    cost: float | None = ABSENT
    cost_details: CostDetails | None = ABSENT
    is_byok: bool | None = ABSENT
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | None
    ) = ABSENT
    prompt_tokens_details: ImageGenerationUsagePromptTokensDetails | None = ABSENT
    server_tool_use: ServerToolUseDetails | None = ABSENT
    service_tier: str | None = ABSENT
    speed: AnthropicSpeed | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion_tokens", "completion_tokens"),
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
        ("cache_creation", "cache_creation"),
        ("completion_tokens_details", "completion_tokens_details"),
        ("cost", "cost"),
        ("cost_details", "cost_details"),
        ("is_byok", "is_byok"),
        ("iterations", "iterations"),
        ("prompt_tokens_details", "prompt_tokens_details"),
        ("server_tool_use", "server_tool_use"),
        ("service_tier", "service_tier"),
        ("speed", "speed"),
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

        from ..models.anthropic_advisor_message_usage_iteration import (
            AnthropicAdvisorMessageUsageIteration,
        )
        from ..models.anthropic_cache_creation import AnthropicCacheCreation
        from ..models.anthropic_compaction_usage_iteration import (
            AnthropicCompactionUsageIteration,
        )
        from ..models.anthropic_message_usage_iteration import (
            AnthropicMessageUsageIteration,
        )
        from ..models.anthropic_speed import AnthropicSpeed
        from ..models.anthropic_unknown_usage_iteration import (
            AnthropicUnknownUsageIteration,
        )
        from ..models.cost_details import CostDetails
        from ..models.image_generation_usage_completion_tokens_details import (
            ImageGenerationUsageCompletionTokensDetails,
        )
        from ..models.image_generation_usage_prompt_tokens_details import (
            ImageGenerationUsagePromptTokensDetails,
        )
        from ..models.server_tool_use_details import ServerToolUseDetails

        def cache_creation_(raw__: Any) -> Any:
            def _parse_cache_creation(data: object) -> AnthropicCacheCreation | None:
                if data is None:
                    return data
                if AnthropicCacheCreation.accepts(data):
                    cache_creation_type_0 = AnthropicCacheCreation.from_dict(data)

                    return cache_creation_type_0
                if AnthropicCacheCreation.discriminated_by(data):
                    return AnthropicCacheCreation.from_dict(data)
                return cast(AnthropicCacheCreation | None, data)

            cache_creation = _parse_cache_creation(raw__)

            return cache_creation

        def completion_tokens_details_(raw__: Any) -> Any:
            def _parse_completion_tokens_details(
                data: object,
            ) -> ImageGenerationUsageCompletionTokensDetails | None:
                if data is None:
                    return data
                if ImageGenerationUsageCompletionTokensDetails.accepts(data):
                    completion_tokens_details_type_0 = (
                        ImageGenerationUsageCompletionTokensDetails.from_dict(data)
                    )

                    return completion_tokens_details_type_0
                if ImageGenerationUsageCompletionTokensDetails.discriminated_by(data):
                    return ImageGenerationUsageCompletionTokensDetails.from_dict(data)
                return cast(ImageGenerationUsageCompletionTokensDetails | None, data)

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

        def iterations_(raw__: Any) -> Any:
            def _parse_iterations(
                data: object,
            ) -> (
                list[
                    AnthropicAdvisorMessageUsageIteration
                    | AnthropicCompactionUsageIteration
                    | AnthropicMessageUsageIteration
                    | AnthropicUnknownUsageIteration
                ]
                | None
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    iterations_type_0 = []
                    _iterations_type_0 = data
                    for iterations_type_0_item_data in _iterations_type_0:

                        def _parse_iterations_type_0_item(
                            data: object,
                        ) -> (
                            AnthropicAdvisorMessageUsageIteration
                            | AnthropicCompactionUsageIteration
                            | AnthropicMessageUsageIteration
                            | AnthropicUnknownUsageIteration
                        ):
                            if AnthropicCompactionUsageIteration.accepts(data):
                                componentsschemas_anthropic_usage_iteration_type_0 = (
                                    AnthropicCompactionUsageIteration.from_dict(data)
                                )

                                return (
                                    componentsschemas_anthropic_usage_iteration_type_0
                                )
                            if AnthropicMessageUsageIteration.accepts(data):
                                componentsschemas_anthropic_usage_iteration_type_1 = (
                                    AnthropicMessageUsageIteration.from_dict(data)
                                )

                                return (
                                    componentsschemas_anthropic_usage_iteration_type_1
                                )
                            if AnthropicAdvisorMessageUsageIteration.accepts(data):
                                componentsschemas_anthropic_usage_iteration_type_2 = (
                                    AnthropicAdvisorMessageUsageIteration.from_dict(
                                        data
                                    )
                                )

                                return (
                                    componentsschemas_anthropic_usage_iteration_type_2
                                )
                            if AnthropicUnknownUsageIteration.accepts(data):
                                componentsschemas_anthropic_usage_iteration_type_3 = (
                                    AnthropicUnknownUsageIteration.from_dict(data)
                                )

                                return (
                                    componentsschemas_anthropic_usage_iteration_type_3
                                )
                            if AnthropicCompactionUsageIteration.discriminated_by(data):
                                return AnthropicCompactionUsageIteration.from_dict(data)
                            if AnthropicMessageUsageIteration.discriminated_by(data):
                                return AnthropicMessageUsageIteration.from_dict(data)
                            if AnthropicAdvisorMessageUsageIteration.discriminated_by(
                                data
                            ):
                                return AnthropicAdvisorMessageUsageIteration.from_dict(
                                    data
                                )
                            if AnthropicUnknownUsageIteration.discriminated_by(data):
                                return AnthropicUnknownUsageIteration.from_dict(data)
                            return cast(
                                AnthropicAdvisorMessageUsageIteration
                                | AnthropicCompactionUsageIteration
                                | AnthropicMessageUsageIteration
                                | AnthropicUnknownUsageIteration,
                                data,
                            )

                        iterations_type_0_item = _parse_iterations_type_0_item(
                            iterations_type_0_item_data
                        )

                        iterations_type_0.append(iterations_type_0_item)

                    return iterations_type_0
                return cast(
                    list[
                        AnthropicAdvisorMessageUsageIteration
                        | AnthropicCompactionUsageIteration
                        | AnthropicMessageUsageIteration
                        | AnthropicUnknownUsageIteration
                    ]
                    | None,
                    data,
                )

            iterations = _parse_iterations(raw__)

            return iterations

        def prompt_tokens_details_(raw__: Any) -> Any:
            def _parse_prompt_tokens_details(
                data: object,
            ) -> ImageGenerationUsagePromptTokensDetails | None:
                if data is None:
                    return data
                if ImageGenerationUsagePromptTokensDetails.accepts(data):
                    prompt_tokens_details_type_0 = (
                        ImageGenerationUsagePromptTokensDetails.from_dict(data)
                    )

                    return prompt_tokens_details_type_0
                if ImageGenerationUsagePromptTokensDetails.discriminated_by(data):
                    return ImageGenerationUsagePromptTokensDetails.from_dict(data)
                return cast(ImageGenerationUsagePromptTokensDetails | None, data)

            prompt_tokens_details = _parse_prompt_tokens_details(raw__)

            return prompt_tokens_details

        def server_tool_use_(raw__: Any) -> Any:
            def _parse_server_tool_use(data: object) -> None | ServerToolUseDetails:
                if data is None:
                    return data
                if ServerToolUseDetails.accepts(data):
                    server_tool_use_type_0 = ServerToolUseDetails.from_dict(data)

                    return server_tool_use_type_0
                if ServerToolUseDetails.discriminated_by(data):
                    return ServerToolUseDetails.from_dict(data)
                return cast(None | ServerToolUseDetails, data)

            server_tool_use = _parse_server_tool_use(raw__)

            return server_tool_use

        def speed_(raw__: Any) -> Any:
            def _parse_speed(data: object) -> AnthropicSpeed | None:
                if data is None:
                    return data
                if AnthropicSpeed.is_declared(data):
                    speed_type_0 = AnthropicSpeed(data)

                    return speed_type_0
                if isinstance(data, str):
                    return AnthropicSpeed(data)
                return cast(AnthropicSpeed | None, data)

            speed = _parse_speed(raw__)

            return speed

        return {
            "cache_creation": cache_creation_,
            "completion_tokens_details": completion_tokens_details_,
            "cost_details": cost_details_,
            "iterations": iterations_,
            "prompt_tokens_details": prompt_tokens_details_,
            "server_tool_use": server_tool_use_,
            "speed": speed_,
        }
