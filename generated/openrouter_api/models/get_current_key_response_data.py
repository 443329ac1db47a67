from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    import datetime

    from ..models.get_current_key_response_data_rate_limit import (
        GetCurrentKeyResponseDataRateLimit,
    )


@_attrs_define(slots=False, repr=False)
class GetCurrentKeyResponseData(LazyModel):
    """Current API key information

    Example:
        {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': False, 'is_free_tier': False, 'is_management_key': False, 'is_provisioning_key': False,
            'label': 'sk-or-v1-au7...890', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'rate_limit':
            {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}, 'usage': 25.5,
            'usage_daily': 25.5, 'usage_monthly': 25.5, 'usage_weekly': 25.5}

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        creator_user_id (str | None): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        is_free_tier (bool): Whether this is a free tier API key Example: False.
        is_management_key (bool): Whether this is a management key Example: False.
        is_provisioning_key (bool): Whether this is a management key Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (str | None): Type of limit reset for the API key Example: monthly.
        rate_limit (GetCurrentKeyResponseDataRateLimit): Legacy rate limit information about a key. Will always return
            -1. Example: {'interval': '1h', 'note': 'This field is deprecated and safe to ignore.', 'requests': 1000}.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        expires_at (datetime.datetime | None): ISO 8601 UTC timestamp when the API key expires, or null if no expiration
            Example: 2027-12-31T23:59:59Z.
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    creator_user_id: str | None
    include_byok_in_limit: bool
    is_free_tier: bool
    is_management_key: bool
    is_provisioning_key: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: str | None
    rate_limit: GetCurrentKeyResponseDataRateLimit
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    expires_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("byok_usage", "byok_usage"),
        ("byok_usage_daily", "byok_usage_daily"),
        ("byok_usage_monthly", "byok_usage_monthly"),
        ("byok_usage_weekly", "byok_usage_weekly"),
        ("creator_user_id", "creator_user_id"),
        ("include_byok_in_limit", "include_byok_in_limit"),
        ("is_free_tier", "is_free_tier"),
        ("is_management_key", "is_management_key"),
        ("is_provisioning_key", "is_provisioning_key"),
        ("label", "label"),
        ("limit", "limit"),
        ("limit_remaining", "limit_remaining"),
        ("limit_reset", "limit_reset"),
        ("rate_limit", "rate_limit"),
        ("usage", "usage"),
        ("usage_daily", "usage_daily"),
        ("usage_monthly", "usage_monthly"),
        ("usage_weekly", "usage_weekly"),
        ("expires_at", "expires_at"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "byok_usage",
            "byok_usage_daily",
            "byok_usage_monthly",
            "byok_usage_weekly",
            "creator_user_id",
            "include_byok_in_limit",
            "is_free_tier",
            "is_management_key",
            "is_provisioning_key",
            "label",
            "limit",
            "limit_remaining",
            "limit_reset",
            "rate_limit",
            "usage",
            "usage_daily",
            "usage_monthly",
            "usage_weekly",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "rate_limit",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        import datetime

        from ..models.get_current_key_response_data_rate_limit import (
            GetCurrentKeyResponseDataRateLimit,
        )

        def rate_limit_(raw__: Any) -> Any:
            rate_limit = GetCurrentKeyResponseDataRateLimit.from_dict(raw__)

            return rate_limit

        def expires_at_(raw__: Any) -> Any:
            def _parse_expires_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if isinstance(data, str):
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                return cast(datetime.datetime | None, data)

            expires_at = _parse_expires_at(raw__)

            return expires_at

        return {
            "rate_limit": rate_limit_,
            "expires_at": expires_at_,
        }
