from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.get_current_key_response_data import GetCurrentKeyResponseData


@_attrs_define(slots=False, repr=False)
class GetCurrentKeyResponse(LazyModel):
    """
    Example:
        {'data': {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly':
            17.38, 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': False, 'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False,
            'label': 'sk-or-v1-au7...890', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'rate_limit':
            {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5}}

    Attributes:
        data (GetCurrentKeyResponseData): Current API key information Example: {'byok_usage': 17.38, 'byok_usage_daily':
            17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38, 'creator_user_id':
            'user_2dHFtVWx2n56w6HkM0000000000', 'expires_at': '2027-12-31T23:59:59Z', 'include_byok_in_limit': False,
            'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False, 'label': 'sk-or-v1-au7...890',
            'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'rate_limit': {'interval': '1h', 'note': 'This
            field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5, 'usage_daily': 25.5,
            'usage_monthly': 25.5, 'usage_weekly': 25.5}.
    """

    data: GetCurrentKeyResponseData
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

        from ..models.get_current_key_response_data import GetCurrentKeyResponseData

        def data_(raw__: Any) -> Any:
            data = GetCurrentKeyResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
