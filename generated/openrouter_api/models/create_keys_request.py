from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from ..models.guardrail_interval import GuardrailInterval


@_attrs_define(slots=False, repr=False)
class CreateKeysRequest(LazyModel):
    """
    Example:
        {'expires_at': '2027-12-31T23:59:59Z', 'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly',
            'name': 'My New API Key'}

    Attributes:
        name (str): Name for the new API key Example: My New API Key.
        creator_user_id (str | None): Optional user ID of the key creator. Only meaningful for organization-owned keys
            where a specific member is creating the key. Example: user_2dHFtVWx2n56w6HkM0000000000.
        expires_at (datetime.datetime | None): Optional ISO 8601 UTC timestamp when the API key should expire. Must be
            UTC, other timezones will be rejected Example: 2027-12-31T23:59:59Z.
        include_byok_in_limit (bool | None): Whether to include BYOK usage in the limit Example: True.
        limit (float | None): Optional spending limit for the API key in USD Example: 50.
        limit_reset (GuardrailInterval | None): Type of limit reset for the API key (daily, weekly, monthly, or null for
            no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday. Example: monthly.
        workspace_id (UUID | None): The workspace to create the API key in. Defaults to the default workspace if not
            provided. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.
    """

    name: str
    creator_user_id: str | None = ABSENT
    expires_at: datetime.datetime | None = ABSENT
    include_byok_in_limit: bool | None = ABSENT
    limit: float | None = ABSENT
    limit_reset: GuardrailInterval | None = ABSENT
    workspace_id: UUID | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("creator_user_id", "creator_user_id"),
        ("expires_at", "expires_at"),
        ("include_byok_in_limit", "include_byok_in_limit"),
        ("limit", "limit"),
        ("limit_reset", "limit_reset"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        import datetime
        from uuid import UUID

        from ..models.guardrail_interval import GuardrailInterval

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

        def limit_reset_(raw__: Any) -> Any:
            def _parse_limit_reset(data: object) -> GuardrailInterval | None:
                if data is None:
                    return data
                if GuardrailInterval.is_declared(data):
                    limit_reset_type_0 = GuardrailInterval(data)

                    return limit_reset_type_0
                if isinstance(data, str):
                    return GuardrailInterval(data)
                return cast(GuardrailInterval | None, data)

            limit_reset = _parse_limit_reset(raw__)

            return limit_reset

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "expires_at": expires_at_,
            "limit_reset": limit_reset_,
            "workspace_id": workspace_id_,
        }
