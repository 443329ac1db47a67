from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.workspace_member_role import WorkspaceMemberRole


@_attrs_define(slots=False, repr=False)
class WorkspaceMember(LazyModel):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'id': '660e8400-e29b-41d4-a716-446655440000', 'role': 'member',
            'user_id': 'user_abc123', 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the membership was created Example: 2025-08-24T10:30:00Z.
        id (UUID): Unique identifier for the workspace membership Example: 660e8400-e29b-41d4-a716-446655440000.
        role (WorkspaceMemberRole): Role of the member in the workspace Example: member.
        user_id (str): Clerk user ID of the member Example: user_abc123.
        workspace_id (UUID): ID of the workspace Example: 550e8400-e29b-41d4-a716-446655440000.
    """

    created_at: str
    id: UUID
    role: WorkspaceMemberRole
    user_id: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("id", "id"),
        ("role", "role"),
        ("user_id", "user_id"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "id",
            "role",
            "user_id",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.workspace_member_role import WorkspaceMemberRole

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        def role_(raw__: Any) -> Any:
            role = WorkspaceMemberRole(raw__)

            return role

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "id": id_,
            "role": role_,
            "workspace_id": workspace_id_,
        }
