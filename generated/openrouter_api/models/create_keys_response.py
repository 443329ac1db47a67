from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.create_keys_response_data import CreateKeysResponseData


@_attrs_define(slots=False, repr=False)
class CreateKeysResponse(LazyModel):
    """
    Example:
        {'data': {'byok_usage': 0, 'byok_usage_daily': 0, 'byok_usage_monthly': 0, 'byok_usage_weekly': 0, 'created_at':
            '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False, 'expires_at':
            '2027-12-31T23:59:59Z', 'hash': 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
            'include_byok_in_limit': True, 'label': 'My New API Key', 'limit': 50, 'limit_remaining': 50, 'limit_reset':
            'monthly', 'name': 'My New API Key', 'updated_at': None, 'usage': 0, 'usage_daily': 0, 'usage_monthly': 0,
            'usage_weekly': 0, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}, 'key': 'sk-
            or-v1-d3558566a246d57584c29dd02393d4a5324c7575ed9dd44d743fe1037e0b855d'}

    Attributes:
        data (CreateKeysResponseData): The created API key information Example: {'byok_usage': 17.38,
            'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38, 'created_at':
            '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False, 'expires_at':
            '2027-12-31T23:59:59Z', 'hash': 'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943',
            'include_byok_in_limit': False, 'label': 'sk-or-v1-0e6...1c96', 'limit': 100, 'limit_remaining': 74.5,
            'limit_reset': 'monthly', 'name': 'My Production Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5, 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}.
        key (str): The actual API key string (only shown once) Example: sk-
            or-v1-0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a5271146f7464951c96.
    """

    data: CreateKeysResponseData
    key: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("key", "key"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "key",
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

        from ..models.create_keys_response_data import CreateKeysResponseData

        def data_(raw__: Any) -> Any:
            data = CreateKeysResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
