from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID


@_attrs_define(slots=False, repr=False)
class MemberAssignment(LazyModel):
    """
    Example:
        {'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_xyz789', 'user_id': 'user_abc123'}

    Attributes:
        assigned_by (str | None): User ID of who made the assignment Example: user_abc123.
        created_at (str): ISO 8601 timestamp of when the assignment was created Example: 2025-08-24T10:30:00Z.
        guardrail_id (UUID): ID of the guardrail Example: 550e8400-e29b-41d4-a716-446655440001.
        id (UUID): Unique identifier for the assignment Example: 550e8400-e29b-41d4-a716-446655440000.
        organization_id (str): Organization ID Example: org_xyz789.
        user_id (str): Clerk user ID of the assigned member Example: user_abc123.
    """

    assigned_by: str | None
    created_at: str
    guardrail_id: UUID
    id: UUID
    organization_id: str
    user_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("assigned_by", "assigned_by"),
        ("created_at", "created_at"),
        ("guardrail_id", "guardrail_id"),
        ("id", "id"),
        ("organization_id", "organization_id"),
        ("user_id", "user_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "assigned_by",
            "created_at",
            "guardrail_id",
            "id",
            "organization_id",
            "user_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        def guardrail_id_(raw__: Any) -> Any:
            guardrail_id = UUID(raw__)

            return guardrail_id

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        return {
            "guardrail_id": guardrail_id_,
            "id": id_,
        }
