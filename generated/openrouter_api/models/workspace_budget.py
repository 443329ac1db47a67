from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.guardrail_interval import GuardrailInterval


@_attrs_define(slots=False, repr=False)
class WorkspaceBudget(LazyModel):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'limit_usd': 100,
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the budget was created Example: 2025-08-24T10:30:00Z.
        id (UUID): Unique identifier for the budget Example: 770e8400-e29b-41d4-a716-446655440000.
        limit_usd (float): Spending limit in USD for this interval Example: 100.
        reset_interval (GuardrailInterval | None): Interval at which spend resets. Null means a lifetime (one-time)
            budget. Example: monthly.
        updated_at (str): ISO 8601 timestamp of when the budget was last updated Example: 2025-08-24T15:45:00Z.
        workspace_id (UUID): ID of the workspace the budget belongs to Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    created_at: str
    id: UUID
    limit_usd: float
    reset_interval: GuardrailInterval | None
    updated_at: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("id", "id"),
        ("limit_usd", "limit_usd"),
        ("reset_interval", "reset_interval"),
        ("updated_at", "updated_at"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "id",
            "limit_usd",
            "reset_interval",
            "updated_at",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.guardrail_interval import GuardrailInterval

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        def reset_interval_(raw__: Any) -> Any:
            def _parse_reset_interval(data: object) -> GuardrailInterval | None:
                if data is None:
                    return data
                if GuardrailInterval.is_declared(data):
                    reset_interval_type_0 = GuardrailInterval(data)

                    return reset_interval_type_0
                if isinstance(data, str):
                    return GuardrailInterval(data)
                return cast(GuardrailInterval | None, data)

            reset_interval = _parse_reset_interval(raw__)

            return reset_interval

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "id": id_,
            "reset_interval": reset_interval_,
            "workspace_id": workspace_id_,
        }
