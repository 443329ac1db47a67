from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.percentile_latency_cutoffs import PercentileLatencyCutoffs
    from ..models.percentile_throughput_cutoffs import PercentileThroughputCutoffs
    from ..models.provider_name import ProviderName
    from ..models.provider_preferences_data_collection import (
        ProviderPreferencesDataCollection,
    )
    from ..models.provider_preferences_max_price import ProviderPreferencesMaxPrice
    from ..models.provider_sort import ProviderSort
    from ..models.provider_sort_config import ProviderSortConfig
    from ..models.quantization import Quantization


@_attrs_define(slots=False, repr=False)
class ProviderPreferences(LazyModel):
    """When multiple model providers are available, optionally indicate your routing preference.

    Example:
        {'allow_fallbacks': True}

    Attributes:
        allow_fallbacks (bool | None): Whether to allow backup providers to serve requests
            - true: (default) when the primary provider (or your custom providers in "order") is unavailable, use the next
            best provider.
            - false: use only the primary/custom provider, and return the upstream error if it's unavailable.
        data_collection (ProviderPreferencesDataCollection | None): Data collection setting. If no available model
            provider meets the requirement, your request will return an error.
            - allow: (default) allow providers which store user data non-transiently and may train on it

            - deny: use only providers which do not collect user data. Example: allow.
        enforce_distillable_text (bool | None): Whether to restrict routing to only models that allow text distillation.
            When true, only models where the author has allowed distillation will be used. Example: True.
        ignore (list[ProviderName | str] | None): List of provider slugs to ignore. If provided, this list is merged
            with your account-wide ignored provider settings for this request. Example: ['openai', 'anthropic'].
        max_price (ProviderPreferencesMaxPrice | None): The object specifying the maximum price you want to pay for this
            request. USD price per million tokens, for prompt and completion.
        only (list[ProviderName | str] | None): List of provider slugs to allow. If provided, this list is merged with
            your account-wide allowed provider settings for this request. Example: ['openai', 'anthropic'].
        order (list[ProviderName | str] | None): An ordered list of provider slugs. The router will attempt to use the
            first provider in the subset of this list that supports your requested model, and fall back to the next if it is
            unavailable. If no providers are available, the request will fail with an error message. Example: ['openai',
            'anthropic'].
        preferred_max_latency (float | PercentileLatencyCutoffs | None):
        preferred_min_throughput (float | PercentileThroughputCutoffs | None):
        quantizations (list[Quantization] | None): A list of quantization levels to filter the provider by.
        require_parameters (bool | None): Whether to filter providers to only those that support the parameters you've
            provided. If this setting is omitted or set to false, then providers will receive only the parameters they
            support, and ignore the rest.
        sort (ProviderSort | ProviderSortConfig | None): The sorting strategy to use for this request, if "order" is not
            specified. When set, no load balancing is performed. Example: price.
        zdr (bool | None): Whether to restrict routing to only ZDR (Zero Data Retention) endpoints. When true, only
            endpoints that do not retain prompts will be used. Example: True.
    """

    allow_fallbacks: bool | None = ABSENT
    data_collection: ProviderPreferencesDataCollection | None = ABSENT
    enforce_distillable_text: bool | None = ABSENT
    ignore: list[ProviderName | str] | None = ABSENT
    max_price: ProviderPreferencesMaxPrice | None = ABSENT
    only: list[ProviderName | str] | None = ABSENT
    order: list[ProviderName | str] | None = ABSENT
    preferred_max_latency: float | PercentileLatencyCutoffs | None = ABSENT
    preferred_min_throughput: float | PercentileThroughputCutoffs | None = ABSENT
    quantizations: list[Quantization] | None = ABSENT
    require_parameters: bool | None = ABSENT
    sort: ProviderSort | ProviderSortConfig | None = ABSENT
    zdr: bool | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allow_fallbacks", "allow_fallbacks"),
        ("data_collection", "data_collection"),
        ("enforce_distillable_text", "enforce_distillable_text"),
        ("ignore", "ignore"),
        ("max_price", "max_price"),
        ("only", "only"),
        ("order", "order"),
        ("preferred_max_latency", "preferred_max_latency"),
        ("preferred_min_throughput", "preferred_min_throughput"),
        ("quantizations", "quantizations"),
        ("require_parameters", "require_parameters"),
        ("sort", "sort"),
        ("zdr", "zdr"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.percentile_latency_cutoffs import PercentileLatencyCutoffs
        from ..models.percentile_throughput_cutoffs import PercentileThroughputCutoffs
        from ..models.provider_name import ProviderName
        from ..models.provider_preferences_data_collection import (
            ProviderPreferencesDataCollection,
        )
        from ..models.provider_preferences_max_price import ProviderPreferencesMaxPrice
        from ..models.provider_sort import ProviderSort
        from ..models.provider_sort_config import ProviderSortConfig
        from ..models.quantization import Quantization

        def data_collection_(raw__: Any) -> Any:
            def _parse_data_collection(
                data: object,
            ) -> None | ProviderPreferencesDataCollection:
                if data is None:
                    return data
                if ProviderPreferencesDataCollection.is_declared(data):
                    data_collection_type_0 = ProviderPreferencesDataCollection(data)

                    return data_collection_type_0
                if isinstance(data, str):
                    return ProviderPreferencesDataCollection(data)
                return cast(None | ProviderPreferencesDataCollection, data)

            data_collection = _parse_data_collection(raw__)

            return data_collection

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

        def max_price_(raw__: Any) -> Any:
            max_price = ProviderPreferencesMaxPrice.from_dict(raw__)

            return max_price

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

        def preferred_max_latency_(raw__: Any) -> Any:
            def _parse_preferred_max_latency(
                data: object,
            ) -> float | None | PercentileLatencyCutoffs:
                if data is None:
                    return data
                if PercentileLatencyCutoffs.accepts(data):
                    componentsschemas_preferred_max_latency_type_1 = (
                        PercentileLatencyCutoffs.from_dict(data)
                    )

                    return componentsschemas_preferred_max_latency_type_1
                if PercentileLatencyCutoffs.discriminated_by(data):
                    return PercentileLatencyCutoffs.from_dict(data)
                return cast(float | None | PercentileLatencyCutoffs, data)

            preferred_max_latency = _parse_preferred_max_latency(raw__)

            return preferred_max_latency

        def preferred_min_throughput_(raw__: Any) -> Any:
            def _parse_preferred_min_throughput(
                data: object,
            ) -> float | None | PercentileThroughputCutoffs:
                if data is None:
                    return data
                if PercentileThroughputCutoffs.accepts(data):
                    componentsschemas_preferred_min_throughput_type_1 = (
                        PercentileThroughputCutoffs.from_dict(data)
                    )

                    return componentsschemas_preferred_min_throughput_type_1
                if PercentileThroughputCutoffs.discriminated_by(data):
                    return PercentileThroughputCutoffs.from_dict(data)
                return cast(float | None | PercentileThroughputCutoffs, data)

            preferred_min_throughput = _parse_preferred_min_throughput(raw__)

            return preferred_min_throughput

        def quantizations_(raw__: Any) -> Any:
            def _parse_quantizations(data: object) -> list[Quantization] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    quantizations_type_0 = []
                    _quantizations_type_0 = data
                    for quantizations_type_0_item_data in _quantizations_type_0:
                        quantizations_type_0_item = Quantization(
                            quantizations_type_0_item_data
                        )

                        quantizations_type_0.append(quantizations_type_0_item)

                    return quantizations_type_0
                return cast(list[Quantization] | None, data)

            quantizations = _parse_quantizations(raw__)

            return quantizations

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
            "data_collection": data_collection_,
            "ignore": ignore_,
            "max_price": max_price_,
            "only": only_,
            "order": order_,
            "preferred_max_latency": preferred_max_latency_,
            "preferred_min_throughput": preferred_min_throughput_,
            "quantizations": quantizations_,
            "sort": sort_,
        }
