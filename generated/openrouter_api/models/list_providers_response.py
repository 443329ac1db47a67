from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.list_providers_response_data_item import ListProvidersResponseDataItem


@_attrs_define(slots=False, repr=False)
class ListProvidersResponse(LazyModel):
    """
    Example:
        {'data': [{'datacenters': ['US', 'IE'], 'headquarters': 'US', 'name': 'OpenAI', 'privacy_policy_url':
            'https://openai.com/privacy', 'slug': 'openai', 'status_page_url': 'https://status.openai.com',
            'terms_of_service_url': 'https://openai.com/terms'}]}

    Attributes:
        data (list[ListProvidersResponseDataItem]):
    """

    data: list[ListProvidersResponseDataItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.list_providers_response_data_item import (
            ListProvidersResponseDataItem,
        )

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = ListProvidersResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
