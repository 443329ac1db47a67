from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_iteration_cache_creation import (
        AnthropicIterationCacheCreation,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicUnknownUsageIteration(LazyModel):
    """
    Example:
        {'cache_creation': None, 'cache_creation_input_tokens': 0, 'cache_read_input_tokens': 0, 'input_tokens': 100,
            'output_tokens': 50, 'type': 'unknown'}

    Attributes:
        type (str):
        cache_creation (AnthropicIterationCacheCreation | None):
        cache_creation_input_tokens (int | None):
        cache_read_input_tokens (int | None):
        input_tokens (int | None):
        output_tokens (int | None):
    """

    type: str
    cache_creation: AnthropicIterationCacheCreation | None = ABSENT
    cache_creation_input_tokens: int | None = ABSENT
    cache_read_input_tokens: int | None = ABSENT
    input_tokens: int | None = ABSENT
    output_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("cache_creation", "cache_creation"),
        ("cache_creation_input_tokens", "cache_creation_input_tokens"),
        ("cache_read_input_tokens", "cache_read_input_tokens"),
        ("input_tokens", "input_tokens"),
        ("output_tokens", "output_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_iteration_cache_creation import (
            AnthropicIterationCacheCreation,
        )

        def cache_creation_(raw__: Any) -> Any:
            def _parse_cache_creation(
                data: object,
            ) -> AnthropicIterationCacheCreation | None:
                if data is None:
                    return data
                if AnthropicIterationCacheCreation.accepts(data):
                    cache_creation_type_0 = AnthropicIterationCacheCreation.from_dict(
                        data
                    )

                    return cache_creation_type_0
                if AnthropicIterationCacheCreation.discriminated_by(data):
                    return AnthropicIterationCacheCreation.from_dict(data)
                return cast(AnthropicIterationCacheCreation | None, data)

            cache_creation = _parse_cache_creation(raw__)

            return cache_creation

        return {
            "cache_creation": cache_creation_,
        }
