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
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from ..models.anthropic_unknown_usage_iteration import (
        AnthropicUnknownUsageIteration,
    )


@_attrs_define(slots=False, repr=False)
class MessagesDeltaEventUsage(LazyModel):
    """
    Attributes:
        cache_creation_input_tokens (int | None):
        cache_read_input_tokens (int | None):
        input_tokens (int | None):
        output_tokens (int):
        output_tokens_details (AnthropicOutputTokensDetails | None):
        server_tool_use (AnthropicServerToolUsage | None):
        cache_creation (AnthropicCacheCreation | None):
        iterations (list[AnthropicAdvisorMessageUsageIteration | AnthropicCompactionUsageIteration |
            AnthropicMessageUsageIteration | AnthropicUnknownUsageIteration] | None):
    """

    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    input_tokens: int | None
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    cache_creation: AnthropicCacheCreation | None = ABSENT
    iterations: (
        list[
            AnthropicAdvisorMessageUsageIteration
            | AnthropicCompactionUsageIteration
            | AnthropicMessageUsageIteration
            | AnthropicUnknownUsageIteration
        ]
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cache_creation_input_tokens", "cache_creation_input_tokens"),
        ("cache_read_input_tokens", "cache_read_input_tokens"),
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("output_tokens_details", "output_tokens_details"),
        ("server_tool_use", "server_tool_use"),
        ("cache_creation", "cache_creation"),
        ("iterations", "iterations"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cache_creation_input_tokens",
            "cache_read_input_tokens",
            "input_tokens",
            "output_tokens",
            "output_tokens_details",
            "server_tool_use",
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
        from ..models.anthropic_output_tokens_details import (
            AnthropicOutputTokensDetails,
        )
        from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
        from ..models.anthropic_unknown_usage_iteration import (
            AnthropicUnknownUsageIteration,
        )

        def output_tokens_details_(raw__: Any) -> Any:
            def _parse_output_tokens_details(
                data: object,
            ) -> AnthropicOutputTokensDetails | None:
                if data is None:
                    return data
                if AnthropicOutputTokensDetails.accepts(data):
                    output_tokens_details_type_0 = (
                        AnthropicOutputTokensDetails.from_dict(data)
                    )

                    return output_tokens_details_type_0
                if AnthropicOutputTokensDetails.discriminated_by(data):
                    return AnthropicOutputTokensDetails.from_dict(data)
                return cast(AnthropicOutputTokensDetails | None, data)

            output_tokens_details = _parse_output_tokens_details(raw__)

            return output_tokens_details

        def server_tool_use_(raw__: Any) -> Any:
            def _parse_server_tool_use(data: object) -> AnthropicServerToolUsage | None:
                if data is None:
                    return data
                if AnthropicServerToolUsage.accepts(data):
                    server_tool_use_type_0 = AnthropicServerToolUsage.from_dict(data)

                    return server_tool_use_type_0
                if AnthropicServerToolUsage.discriminated_by(data):
                    return AnthropicServerToolUsage.from_dict(data)
                return cast(AnthropicServerToolUsage | None, data)

            server_tool_use = _parse_server_tool_use(raw__)

            return server_tool_use

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

        def iterations_(raw__: Any) -> Any:
            iterations = []
            _iterations = raw__
            for iterations_item_data in _iterations:

                def _parse_iterations_item(
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

                        return componentsschemas_anthropic_usage_iteration_type_0
                    if AnthropicMessageUsageIteration.accepts(data):
                        componentsschemas_anthropic_usage_iteration_type_1 = (
                            AnthropicMessageUsageIteration.from_dict(data)
                        )

                        return componentsschemas_anthropic_usage_iteration_type_1
                    if AnthropicAdvisorMessageUsageIteration.accepts(data):
                        componentsschemas_anthropic_usage_iteration_type_2 = (
                            AnthropicAdvisorMessageUsageIteration.from_dict(data)
                        )

                        return componentsschemas_anthropic_usage_iteration_type_2
                    if AnthropicUnknownUsageIteration.accepts(data):
                        componentsschemas_anthropic_usage_iteration_type_3 = (
                            AnthropicUnknownUsageIteration.from_dict(data)
                        )

                        return componentsschemas_anthropic_usage_iteration_type_3
                    if AnthropicCompactionUsageIteration.discriminated_by(data):
                        return AnthropicCompactionUsageIteration.from_dict(data)
                    if AnthropicMessageUsageIteration.discriminated_by(data):
                        return AnthropicMessageUsageIteration.from_dict(data)
                    if AnthropicAdvisorMessageUsageIteration.discriminated_by(data):
                        return AnthropicAdvisorMessageUsageIteration.from_dict(data)
                    if AnthropicUnknownUsageIteration.discriminated_by(data):
                        return AnthropicUnknownUsageIteration.from_dict(data)
                    return cast(
                        AnthropicAdvisorMessageUsageIteration
                        | AnthropicCompactionUsageIteration
                        | AnthropicMessageUsageIteration
                        | AnthropicUnknownUsageIteration,
                        data,
                    )

                iterations_item = _parse_iterations_item(iterations_item_data)

                iterations.append(iterations_item)

            return iterations

        return {
            "output_tokens_details": output_tokens_details_,
            "server_tool_use": server_tool_use_,
            "cache_creation": cache_creation_,
            "iterations": iterations_,
        }
