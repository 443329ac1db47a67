from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    import datetime


@_attrs_define(slots=False, repr=False)
class CreateKeysResponseData(LazyModel):
    """The created API key information

    Example:
        {'byok_usage': 17.38, 'byok_usage_daily': 17.38, 'byok_usage_monthly': 17.38, 'byok_usage_weekly': 17.38,
            'created_at': '2025-08-24T10:30:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'disabled': False,
            'expires_at': '2027-12-31T23:59:59Z', 'hash':
            'f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943', 'include_byok_in_limit': False, 'label':
            'sk-or-v1-0e6...1c96', 'limit': 100, 'limit_remaining': 74.5, 'limit_reset': 'monthly', 'name': 'My Production
            Key', 'updated_at': '2025-08-24T15:45:00Z', 'usage': 25.5, 'usage_daily': 25.5, 'usage_monthly': 25.5,
            'usage_weekly': 25.5, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}

    Attributes:
        byok_usage (float): Total external BYOK usage (in USD) for the API key Example: 17.38.
        byok_usage_daily (float): External BYOK usage (in USD) for the current UTC day Example: 17.38.
        byok_usage_monthly (float): External BYOK usage (in USD) for current UTC month Example: 17.38.
        byok_usage_weekly (float): External BYOK usage (in USD) for the current UTC week (Monday-Sunday) Example: 17.38.
        created_at (str): ISO 8601 timestamp of when the API key was created Example: 2025-08-24T10:30:00Z.
        creator_user_id (str | None): The user ID of the key creator. For organization-owned keys, this is the member
            who created the key. For individual users, this is the user's own ID. Example: user_2dHFtVWx2n56w6HkM0000000000.
        disabled (bool): Whether the API key is disabled Example: False.
        hash_ (str): Unique hash identifier for the API key Example:
            f01d52606dc8f0a8303a7b5cc3fa07109c2e346cec7c0a16b40de462992ce943.
        include_byok_in_limit (bool): Whether to include external BYOK usage in the credit limit Example: False.
        label (str): Human-readable label for the API key Example: sk-or-v1-0e6...1c96.
        limit (float | None): Spending limit for the API key in USD Example: 100.
        limit_remaining (float | None): Remaining spending limit in USD Example: 74.5.
        limit_reset (str | None): Type of limit reset for the API key Example: monthly.
        name (str): Name of the API key Example: My Production Key.
        updated_at (str | None): ISO 8601 timestamp of when the API key was last updated Example: 2025-08-24T15:45:00Z.
        usage (float): Total OpenRouter credit usage (in USD) for the API key Example: 25.5.
        usage_daily (float): OpenRouter credit usage (in USD) for the current UTC day Example: 25.5.
        usage_monthly (float): OpenRouter credit usage (in USD) for the current UTC month Example: 25.5.
        usage_weekly (float): OpenRouter credit usage (in USD) for the current UTC week (Monday-Sunday) Example: 25.5.
        workspace_id (str): The workspace ID this API key belongs to. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
        expires_at (datetime.datetime | None): ISO 8601 UTC timestamp when the API key expires, or null if no expiration
            Example: 2027-12-31T23:59:59Z.
    """

    byok_usage: float
    byok_usage_daily: float
    byok_usage_monthly: float
    byok_usage_weekly: float
    created_at: str
    creator_user_id: str | None
    disabled: bool
    hash_: str
    include_byok_in_limit: bool
    label: str
    limit: float | None
    limit_remaining: float | None
    limit_reset: str | None
    name: str
    updated_at: str | None
    usage: float
    usage_daily: float
    usage_monthly: float
    usage_weekly: float
    workspace_id: str
    expires_at: datetime.datetime | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("byok_usage", "byok_usage"),
        ("byok_usage_daily", "byok_usage_daily"),
        ("byok_usage_monthly", "byok_usage_monthly"),
        ("byok_usage_weekly", "byok_usage_weekly"),
        ("created_at", "created_at"),
        ("creator_user_id", "creator_user_id"),
        ("disabled", "disabled"),
        ("hash_", "hash"),
        ("include_byok_in_limit", "include_byok_in_limit"),
        ("label", "label"),
        ("limit", "limit"),
        ("limit_remaining", "limit_remaining"),
        ("limit_reset", "limit_reset"),
        ("name", "name"),
        ("updated_at", "updated_at"),
        ("usage", "usage"),
        ("usage_daily", "usage_daily"),
        ("usage_monthly", "usage_monthly"),
        ("usage_weekly", "usage_weekly"),
        ("workspace_id", "workspace_id"),
        ("expires_at", "expires_at"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "byok_usage",
            "byok_usage_daily",
            "byok_usage_monthly",
            "byok_usage_weekly",
            "created_at",
            "creator_user_id",
            "disabled",
            "hash",
            "include_byok_in_limit",
            "label",
            "limit",
            "limit_remaining",
            "limit_reset",
            "name",
            "updated_at",
            "usage",
            "usage_daily",
            "usage_monthly",
            "usage_weekly",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        import datetime

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
            "expires_at": expires_at_,
        }
