from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_pricing_entry import ImagePricingEntry
    from ..models.supported_parameters import SupportedParameters


@_attrs_define(slots=False, repr=False)
class ImageEndpoint(LazyModel):
    """An endpoint that serves a given image model.

    Example:
        {'allowed_passthrough_parameters': [], 'pricing': [{'billable': 'output_image', 'cost_usd': 0.05, 'unit':
            'image'}], 'provider_name': 'Bytedance', 'provider_slug': 'bytedance', 'provider_tag': 'bytedance',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}, 'seed': {'type':
            'boolean'}}, 'supports_streaming': False}

    Attributes:
        allowed_passthrough_parameters (list[str]): Provider-specific options accepted under
            provider.options[provider_slug]. Example: [].
        pricing (list[ImagePricingEntry]): Billable pricing lines for this endpoint. Example: [{'billable':
            'output_image', 'cost_usd': 0.05, 'unit': 'image'}].
        provider_name (str): Provider display name Example: Bytedance.
        provider_slug (str): Provider slug Example: bytedance.
        provider_tag (str | None): Provider tag for request-side selection Example: bytedance.
        supported_parameters (SupportedParameters): Union of supported parameters across every endpoint of this model.
            Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL. Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
            '2K', '4K']}, 'seed': {'type': 'boolean'}}.
        supports_streaming (bool): Whether this endpoint supports native SSE streaming (`stream: true` in the request).
            Example: False.
    """

    allowed_passthrough_parameters: list[str]
    pricing: list[ImagePricingEntry]
    provider_name: str
    provider_slug: str
    provider_tag: str | None
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_passthrough_parameters", "allowed_passthrough_parameters"),
        ("pricing", "pricing"),
        ("provider_name", "provider_name"),
        ("provider_slug", "provider_slug"),
        ("provider_tag", "provider_tag"),
        ("supported_parameters", "supported_parameters"),
        ("supports_streaming", "supports_streaming"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "allowed_passthrough_parameters",
            "pricing",
            "provider_name",
            "provider_slug",
            "provider_tag",
            "supported_parameters",
            "supports_streaming",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "allowed_passthrough_parameters",
            "pricing",
            "supported_parameters",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_pricing_entry import ImagePricingEntry
        from ..models.supported_parameters import SupportedParameters

        def allowed_passthrough_parameters_(raw__: Any) -> Any:
            allowed_passthrough_parameters = cast(list[str], raw__)

            return allowed_passthrough_parameters

        def pricing_(raw__: Any) -> Any:
            pricing = []
            _pricing = raw__
            for pricing_item_data in _pricing:
                pricing_item = ImagePricingEntry.from_dict(pricing_item_data)

                pricing.append(pricing_item)

            return pricing

        def supported_parameters_(raw__: Any) -> Any:
            supported_parameters = SupportedParameters.from_dict(raw__)

            return supported_parameters

        return {
            "allowed_passthrough_parameters": allowed_passthrough_parameters_,
            "pricing": pricing_,
            "supported_parameters": supported_parameters_,
        }
