from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.cost_details import CostDetails
    from ..models.create_embeddings_response_usage_prompt_tokens_details import (
        CreateEmbeddingsResponseUsagePromptTokensDetails,
    )


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsResponseUsage(LazyModel):
    """Token usage statistics

    Example:
        {'prompt_tokens': 8, 'total_tokens': 8}

    Attributes:
        prompt_tokens (int): Number of tokens in the input Example: 8.
        total_tokens (int): Total number of tokens used Example: 8.
        cost (float | None): Cost of the request in credits Example: 0.0001.
        cost_details (CostDetails | None):
        is_byok (bool | None): Whether a request was made using a Bring Your Own Key configuration
        prompt_tokens_details (CreateEmbeddingsResponseUsagePromptTokensDetails | None): Per-modality token breakdown.
            Only present when the input contains 2+ modalities (e.g. text + image) and the upstream provider returns
            modality-level usage data. Only non-zero modality counts are included.
    """

    prompt_tokens: int
    total_tokens: int
    cost: float | None = ABSENT
    cost_details: CostDetails | None = ABSENT
    is_byok: bool | None = ABSENT
    prompt_tokens_details: CreateEmbeddingsResponseUsagePromptTokensDetails | None = (
        ABSENT
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("prompt_tokens", "prompt_tokens"),
        ("total_tokens", "total_tokens"),
        ("cost", "cost"),
        ("cost_details", "cost_details"),
        ("is_byok", "is_byok"),
        ("prompt_tokens_details", "prompt_tokens_details"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "prompt_tokens",
            "total_tokens",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.cost_details import CostDetails
        from ..models.create_embeddings_response_usage_prompt_tokens_details import (
            CreateEmbeddingsResponseUsagePromptTokensDetails,
        )

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
            prompt_tokens_details = (
                CreateEmbeddingsResponseUsagePromptTokensDetails.from_dict(raw__)
            )

            return prompt_tokens_details

        return {
            "cost_details": cost_details_,
            "prompt_tokens_details": prompt_tokens_details_,
        }
