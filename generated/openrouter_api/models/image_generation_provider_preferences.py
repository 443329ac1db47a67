from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.provider_name import ProviderName
    from ..models.provider_options import ProviderOptions
    from ..models.provider_sort import ProviderSort
    from ..models.provider_sort_config import ProviderSortConfig


@_attrs_define(slots=False, repr=False)
class ImageGenerationProviderPreferences(LazyModel):
    """Provider routing preferences and provider-specific passthrough configuration.

    Example:
        {'allow_fallbacks': False, 'only': ['google-ai-studio']}

    Attributes:
        allow_fallbacks (bool | None): Whether to allow backup providers to serve requests
            - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next
            best provider.
            - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
        ignore (list[ProviderName | str] | None): List of provider slugs to ignore. If provided, this list is merged
            with your account-wide ignored provider settings for this request. Example: ['openai', 'anthropic'].
        only (list[ProviderName | str] | None): List of provider slugs to allow. If provided, this list is merged with
            your account-wide allowed provider settings for this request. Example: ['openai', 'anthropic'].
        options (ProviderOptions | None): Provider-specific options keyed by provider slug. Only options for the matched
            provider are forwarded; the rest are ignored. Unrecognized keys are silently dropped. Example: {'openai':
            {'max_tokens': 1000}}.
        order (list[ProviderName | str] | None): An ordered list of provider slugs. The router will attempt to use the
            first provider in the subset of this list that supports your requested model, and fall back to the next if it is
            unavailable. If no providers are available, the request will fail with an error message. Example: ['openai',
            'anthropic'].
        sort (ProviderSort | ProviderSortConfig | None): The sorting strategy to use for this request, if "order" is not
            specified. When set, no load balancing is performed. Example: price.
    """

    allow_fallbacks: bool | None = ABSENT
    ignore: list[ProviderName | str] | None = ABSENT
    only: list[ProviderName | str] | None = ABSENT
    options: ProviderOptions | None = ABSENT
    order: list[ProviderName | str] | None = ABSENT
    sort: ProviderSort | ProviderSortConfig | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allow_fallbacks", "allow_fallbacks"),
        ("ignore", "ignore"),
        ("only", "only"),
        ("options", "options"),
        ("order", "order"),
        ("sort", "sort"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.provider_name import ProviderName
        from ..models.provider_options import ProviderOptions
        from ..models.provider_sort import ProviderSort
        from ..models.provider_sort_config import ProviderSortConfig

        def ignore_(raw__: Any) -> Any:
            def _parse_ignore(data: object) -> list[ProviderName | str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    ignore_type_0 = []
                    _ignore_type_0 = data
                    for ignore_type_0_item_data in _ignore_type_0:

                        def _parse_ignore_type_0_item(
                            data: object,
                        ) -> ProviderName | str:
                            if ProviderName.is_declared(data):
                                ignore_type_0_item_type_0 = ProviderName(data)

                                return ignore_type_0_item_type_0
                            if isinstance(data, str):
                                return ProviderName(data)
                            return cast(ProviderName | str, data)

                        ignore_type_0_item = _parse_ignore_type_0_item(
                            ignore_type_0_item_data
                        )

                        ignore_type_0.append(ignore_type_0_item)

                    return ignore_type_0
                return cast(list[ProviderName | str] | None, data)

            ignore = _parse_ignore(raw__)

            return ignore

        def only_(raw__: Any) -> Any:
            def _parse_only(data: object) -> list[ProviderName | str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    only_type_0 = []
                    _only_type_0 = data
                    for only_type_0_item_data in _only_type_0:

                        def _parse_only_type_0_item(data: object) -> ProviderName | str:
                            if ProviderName.is_declared(data):
                                only_type_0_item_type_0 = ProviderName(data)

                                return only_type_0_item_type_0
                            if isinstance(data, str):
                                return ProviderName(data)
                            return cast(ProviderName | str, data)

                        only_type_0_item = _parse_only_type_0_item(
                            only_type_0_item_data
                        )

                        only_type_0.append(only_type_0_item)

                    return only_type_0
                return cast(list[ProviderName | str] | None, data)

            only = _parse_only(raw__)

            return only

        def options_(raw__: Any) -> Any:
            options = ProviderOptions.from_dict(raw__)

            return options

        def order_(raw__: Any) -> Any:
            def _parse_order(data: object) -> list[ProviderName | str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    order_type_0 = []
                    _order_type_0 = data
                    for order_type_0_item_data in _order_type_0:

                        def _parse_order_type_0_item(
                            data: object,
                        ) -> ProviderName | str:
                            if ProviderName.is_declared(data):
                                order_type_0_item_type_0 = ProviderName(data)

                                return order_type_0_item_type_0
                            if isinstance(data, str):
                                return ProviderName(data)
                            return cast(ProviderName | str, data)

                        order_type_0_item = _parse_order_type_0_item(
                            order_type_0_item_data
                        )

                        order_type_0.append(order_type_0_item)

                    return order_type_0
                return cast(list[ProviderName | str] | None, data)

            order = _parse_order(raw__)

            return order

        def sort_(raw__: Any) -> Any:
            def _parse_sort(data: object) -> None | ProviderSort | ProviderSortConfig:
                if data is None:
                    return data
                if ProviderSort.is_declared(data):
                    sort_type_0 = ProviderSort(data)

                    return sort_type_0
                if ProviderSortConfig.accepts(data):
                    sort_type_1 = ProviderSortConfig.from_dict(data)

                    return sort_type_1
                if ProviderSortConfig.discriminated_by(data):
                    return ProviderSortConfig.from_dict(data)
                if isinstance(data, str):
                    return ProviderSort(data)
                return cast(None | ProviderSort | ProviderSortConfig, data)

            sort = _parse_sort(raw__)

            return sort

        return {
            "ignore": ignore_,
            "only": only_,
            "options": options_,
            "order": order_,
            "sort": sort_,
        }
