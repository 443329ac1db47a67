from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_responses_usage_input_tokens_details import (
        OpenAIResponsesUsageInputTokensDetails,
    )
    from ..models.open_ai_responses_usage_output_tokens_details import (
        OpenAIResponsesUsageOutputTokensDetails,
    )


@_attrs_define(slots=False, repr=False)
class OpenAIResponsesUsage(LazyModel):
    """
    Example:
        {'input_tokens': 100, 'input_tokens_details': {'cached_tokens': 0}, 'output_tokens': 50,
            'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens': 150}

    Attributes:
        input_tokens (int):
        input_tokens_details (OpenAIResponsesUsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (OpenAIResponsesUsageOutputTokensDetails):
        total_tokens (int):
    """

    input_tokens: int
    input_tokens_details: OpenAIResponsesUsageInputTokensDetails
    output_tokens: int
    output_tokens_details: OpenAIResponsesUsageOutputTokensDetails
    total_tokens: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("input_tokens_details", "input_tokens_details"),
        ("output_tokens", "output_tokens"),
        ("output_tokens_details", "output_tokens_details"),
        ("total_tokens", "total_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_tokens",
            "input_tokens_details",
            "output_tokens",
            "output_tokens_details",
            "total_tokens",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_tokens_details",
            "output_tokens_details",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.open_ai_responses_usage_input_tokens_details import (
            OpenAIResponsesUsageInputTokensDetails,
        )
        from ..models.open_ai_responses_usage_output_tokens_details import (
            OpenAIResponsesUsageOutputTokensDetails,
        )

        def input_tokens_details_(raw__: Any) -> Any:
            input_tokens_details = OpenAIResponsesUsageInputTokensDetails.from_dict(
                raw__
            )

            return input_tokens_details

        def output_tokens_details_(raw__: Any) -> Any:
            output_tokens_details = OpenAIResponsesUsageOutputTokensDetails.from_dict(
                raw__
            )

            return output_tokens_details

        return {
            "input_tokens_details": input_tokens_details_,
            "output_tokens_details": output_tokens_details_,
        }
