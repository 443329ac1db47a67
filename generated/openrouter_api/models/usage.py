from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.server_tool_use_details import ServerToolUseDetails
    from ..models.usage_cost_details import UsageCostDetails
    from ..models.usage_input_tokens_details import UsageInputTokensDetails
    from ..models.usage_output_tokens_details import UsageOutputTokensDetails


@_attrs_define(slots=False, repr=False)
class Usage(LazyModel):
    """Token usage information for the response

    Example:
        {'cost': 0.0012, 'cost_details': {'upstream_inference_cost': None, 'upstream_inference_input_cost': 0.0008,
            'upstream_inference_output_cost': 0.0004}, 'input_tokens': 10, 'input_tokens_details': {'cached_tokens': 0},
            'output_tokens': 25, 'output_tokens_details': {'reasoning_tokens': 0}, 'total_tokens': 35}

    Attributes:
        input_tokens (int):
        input_tokens_details (UsageInputTokensDetails):
        output_tokens (int):
        output_tokens_details (UsageOutputTokensDetails):
        total_tokens (int):
        cost (float | None): Cost of the completion
        cost_details (UsageCostDetails | None):
        is_byok (bool | None): Whether a request was made using a Bring Your Own Key configuration
        server_tool_use_details (ServerToolUseDetails | None):
    """

    input_tokens: int
    input_tokens_details: UsageInputTokensDetails
    output_tokens: int
    output_tokens_details: UsageOutputTokensDetails
    total_tokens: int
    cost: float | None = ABSENT
    cost_details: UsageCostDetails | None = ABSENT
    is_byok: bool | None = ABSENT
    server_tool_use_details: ServerToolUseDetails | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_tokens", "input_tokens"),
        ("input_tokens_details", "input_tokens_details"),
        ("output_tokens", "output_tokens"),
        ("output_tokens_details", "output_tokens_details"),
        ("total_tokens", "total_tokens"),
        ("cost", "cost"),
        ("cost_details", "cost_details"),
        ("is_byok", "is_byok"),
        ("server_tool_use_details", "server_tool_use_details"),
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

        from ..models.server_tool_use_details import ServerToolUseDetails
        from ..models.usage_cost_details import UsageCostDetails
        from ..models.usage_input_tokens_details import UsageInputTokensDetails
        from ..models.usage_output_tokens_details import UsageOutputTokensDetails

        def input_tokens_details_(raw__: Any) -> Any:
            input_tokens_details = UsageInputTokensDetails.from_dict(raw__)

            return input_tokens_details

        def output_tokens_details_(raw__: Any) -> Any:
            output_tokens_details = UsageOutputTokensDetails.from_dict(raw__)

            return output_tokens_details

        def cost_details_(raw__: Any) -> Any:
            cost_details = UsageCostDetails.from_dict(raw__)

            return cost_details

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
            "input_tokens_details": input_tokens_details_,
            "output_tokens_details": output_tokens_details_,
            "cost_details": cost_details_,
            "server_tool_use_details": server_tool_use_details_,
        }
