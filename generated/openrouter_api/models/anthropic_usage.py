from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_cache_creation import AnthropicCacheCreation
    from ..models.anthropic_output_tokens_details import AnthropicOutputTokensDetails
    from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
    from ..models.anthropic_service_tier import AnthropicServiceTier


@_attrs_define(slots=False, repr=False)
class AnthropicUsage(LazyModel):
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': None, 'cache_read_input_tokens': None, 'inference_geo':
            None, 'input_tokens': 100, 'output_tokens': 50, 'output_tokens_details': None, 'server_tool_use': None,
            'service_tier': 'standard'}

    Attributes:
        cache_creation (AnthropicCacheCreation | None):
        cache_creation_input_tokens (int | None):
        cache_read_input_tokens (int | None):
        inference_geo (str | None):
        input_tokens (int):
        output_tokens (int):
        output_tokens_details (AnthropicOutputTokensDetails | None):
        server_tool_use (AnthropicServerToolUsage | None):
        service_tier (AnthropicServiceTier | None):
    """

    cache_creation: AnthropicCacheCreation | None
    cache_creation_input_tokens: int | None
    cache_read_input_tokens: int | None
    inference_geo: str | None
    input_tokens: int
    output_tokens: int
    output_tokens_details: AnthropicOutputTokensDetails | None
    server_tool_use: AnthropicServerToolUsage | None
    service_tier: AnthropicServiceTier | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cache_creation", "cache_creation"),
        ("cache_creation_input_tokens", "cache_creation_input_tokens"),
        ("cache_read_input_tokens", "cache_read_input_tokens"),
        ("inference_geo", "inference_geo"),
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
        ("output_tokens_details", "output_tokens_details"),
        ("server_tool_use", "server_tool_use"),
        ("service_tier", "service_tier"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "cache_creation",
            "cache_creation_input_tokens",
            "cache_read_input_tokens",
            "inference_geo",
            "input_tokens",
            "output_tokens",
            "output_tokens_details",
            "server_tool_use",
            "service_tier",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_cache_creation import AnthropicCacheCreation
        from ..models.anthropic_output_tokens_details import (
            AnthropicOutputTokensDetails,
        )
        from ..models.anthropic_server_tool_usage import AnthropicServerToolUsage
        from ..models.anthropic_service_tier import AnthropicServiceTier

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

        def service_tier_(raw__: Any) -> Any:
            def _parse_service_tier(data: object) -> AnthropicServiceTier | None:
                if data is None:
                    return data
                if AnthropicServiceTier.is_declared(data):
                    service_tier_type_0 = AnthropicServiceTier(data)

                    return service_tier_type_0
                if isinstance(data, str):
                    return AnthropicServiceTier(data)
                return cast(AnthropicServiceTier | None, data)

            service_tier = _parse_service_tier(raw__)

            return service_tier

        return {
            "cache_creation": cache_creation_,
            "output_tokens_details": output_tokens_details_,
            "server_tool_use": server_tool_use_,
            "service_tier": service_tier_,
        }
