from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.pricing_override import PricingOverride


@_attrs_define(slots=False, repr=False)
class PublicEndpointPricing(LazyModel):
    """
    Attributes:
        completion (str): Price in USD per token for completion (output) generation
        prompt (str): Price in USD per token for prompt (input) processing
        audio (str | None): Price in USD per audio input token
        audio_output (str | None): Price in USD per audio output token
        discount (float | None): Fractional discount applied to this endpoint's pricing; the price is multiplied by (1 -
            discount) (0 = no discount, 1 = free)
        image (str | None): Price in USD per input image
        image_output (str | None): Price in USD per output image
        image_token (str | None): Price in USD per image token
        input_audio_cache (str | None): Price in USD per cached audio input token
        input_cache_read (str | None): Price in USD per cached input token (read)
        input_cache_write (str | None): Price per cache-write token, in USD per token. For providers with multiple cache
            TTLs (e.g. Anthropic), this is the default (5-minute) cache-write rate.
        input_cache_write_1h (str | None): Price per 1-hour cache-write token, in USD per token. Only present for
            providers that price an extended (1-hour) cache TTL separately, such as Anthropic.
        internal_reasoning (str | None): Price in USD per internal reasoning token
        overrides (list[PricingOverride] | None): Conditional overrides of the base pricing (e.g. long-context or time-
            based pricing). An entry applies when all of its condition fields (e.g. min_prompt_tokens, or the
            utc_start/utc_end time window) match the request; among applicable entries, later entries win per key; price
            keys absent from an entry inherit the base price. The top-level pricing keys always reflect the price that
            applies under default conditions.
        request (str | None): Price in USD per request
        web_search (str | None): Price in USD per web search
    """

    completion: str
    prompt: str
    audio: str | None = ABSENT
    audio_output: str | None = ABSENT
    discount: float | None = ABSENT
    image: str | None = ABSENT
    image_output: str | None = ABSENT
    image_token: str | None = ABSENT
    input_audio_cache: str | None = ABSENT
    input_cache_read: str | None = ABSENT
    input_cache_write: str | None = ABSENT
    input_cache_write_1h: str | None = ABSENT
    internal_reasoning: str | None = ABSENT
    overrides: list[PricingOverride] | None = ABSENT
    request: str | None = ABSENT
    web_search: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion", "completion"),
        ("prompt", "prompt"),
        ("audio", "audio"),
        ("audio_output", "audio_output"),
        ("discount", "discount"),
        ("image", "image"),
        ("image_output", "image_output"),
        ("image_token", "image_token"),
        ("input_audio_cache", "input_audio_cache"),
        ("input_cache_read", "input_cache_read"),
        ("input_cache_write", "input_cache_write"),
        ("input_cache_write_1h", "input_cache_write_1h"),
        ("internal_reasoning", "internal_reasoning"),
        ("overrides", "overrides"),
        ("request", "request"),
        ("web_search", "web_search"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "completion",
            "prompt",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.pricing_override import PricingOverride

        def overrides_(raw__: Any) -> Any:
            overrides = []
            _overrides = raw__
            for overrides_item_data in _overrides:
                overrides_item = PricingOverride.from_dict(overrides_item_data)

                overrides.append(overrides_item)

            return overrides

        return {
            "overrides": overrides_,
        }
