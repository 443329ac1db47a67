from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.list_keys_response_data_item import ListKeysResponseDataItem


@_attrs_define(slots=False, repr=False)
class ListKeysResponse(LazyModel):
    """
    Example:
        {'data': [{'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly':
            17.38, 'created_at': '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled':
            False, 'expires_at': '2027-12-31T23:59:59Z', 'hash':
            'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943', 'include_byok_in_limit': False, 'label':
            'Production API Key', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'name': 'My Production
            Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5, 'usage_daily': 25.5, 'usage_monthly': 25.5,
            'usage_weekly': 25.5, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}]}

    Attributes:
        data (list[ListKeysResponseDataItem]): List of API keys
    """

    data: list[ListKeysResponseDataItem]
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

        from ..models.list_keys_response_data_item import ListKeysResponseDataItem

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = ListKeysResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
