from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.list_providers_response_data_item_datacenters_item import (
        ListProvidersResponseDataItemDatacentersItem,
    )


@_attrs_define(slots=False, repr=False)
class ListProvidersResponseDataItem(LazyModel):
    """
    Example:
        {'datacenters': ['US', 'IE'], 'headquarters': 'US', 'name': 'OpenAI', 'privacy_policy_url':
            'https://openai.com/privacy', 'slug': 'openai', 'status_page_url': 'https://status.openai.com',
            'terms_of_service_url': 'https://openai.com/terms'}

    Attributes:
        name (str): Display name of the provider Example: OpenAI.
        privacy_policy_url (str | None): URL to the provider's privacy policy Example: https://openai.com/privacy.
        slug (str): URL-friendly identifier for the provider Example: openai.
        datacenters (list[ListProvidersResponseDataItemDatacentersItem] | None): ISO 3166-1 Alpha-2 country codes of the
            provider datacenter locations Example: ['US', 'IE'].
        headquarters (ListProvidersResponseDataItemDatacentersItem | None): ISO 3166-1 Alpha-2 country code of the
            provider headquarters Example: US.
        status_page_url (str | None): URL to the provider's status page Example: https://status.openai.com.
        terms_of_service_url (str | None): URL to the provider's terms of service Example: https://openai.com/terms.
    """

    name: str
    privacy_policy_url: str | None
    slug: str
    datacenters: list[ListProvidersResponseDataItemDatacentersItem] | None = ABSENT
    headquarters: ListProvidersResponseDataItemDatacentersItem | None = ABSENT
    status_page_url: str | None = ABSENT
    terms_of_service_url: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("privacy_policy_url", "privacy_policy_url"),
        ("slug", "slug"),
        ("datacenters", "datacenters"),
        ("headquarters", "headquarters"),
        ("status_page_url", "status_page_url"),
        ("terms_of_service_url", "terms_of_service_url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "privacy_policy_url",
            "slug",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.list_providers_response_data_item_datacenters_item import (
            ListProvidersResponseDataItemDatacentersItem,
        )

        def datacenters_(raw__: Any) -> Any:
            def _parse_datacenters(
                data: object,
            ) -> list[ListProvidersResponseDataItemDatacentersItem] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    datacenters_type_0 = []
                    _datacenters_type_0 = data
                    for datacenters_type_0_item_data in _datacenters_type_0:
                        datacenters_type_0_item = (
                            ListProvidersResponseDataItemDatacentersItem(
                                datacenters_type_0_item_data
                            )
                        )

                        datacenters_type_0.append(datacenters_type_0_item)

                    return datacenters_type_0
                return cast(
                    list[ListProvidersResponseDataItemDatacentersItem] | None, data
                )

            datacenters = _parse_datacenters(raw__)

            return datacenters

        def headquarters_(raw__: Any) -> Any:
            def _parse_headquarters(
                data: object,
            ) -> ListProvidersResponseDataItemDatacentersItem | None:
                if data is None:
                    return data
                if ListProvidersResponseDataItemDatacentersItem.is_declared(data):
                    headquarters_type_0 = ListProvidersResponseDataItemDatacentersItem(
                        data
                    )

                    return headquarters_type_0
                if isinstance(data, str):
                    return ListProvidersResponseDataItemDatacentersItem(data)
                return cast(ListProvidersResponseDataItemDatacentersItem | None, data)

            headquarters = _parse_headquarters(raw__)

            return headquarters

        return {
            "datacenters": datacenters_,
            "headquarters": headquarters_,
        }
