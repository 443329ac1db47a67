from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.scim_group_mapping_role import ScimGroupMappingRole


@_attrs_define(slots=False, repr=False)
class ScimGroupMapping(LazyModel):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_123456', 'role': 'member', 'scim_group_id': '550e8400-e29b-41d4-a716-446655440000', 'updated_at':
            '2025-08-24T10:30:00.000Z', 'workspace_id': '660e8400-e29b-41d4-a716-446655440000'}

    Attributes:
        created_at (str):
        id (UUID):
        organization_id (str):
        role (ScimGroupMappingRole):
        scim_group_id (UUID):
        updated_at (str):
        workspace_id (UUID):
    """

    created_at: str
    id: UUID
    organization_id: str
    role: ScimGroupMappingRole
    scim_group_id: UUID
    updated_at: str
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("id", "id"),
        ("organization_id", "organization_id"),
        ("role", "role"),
        ("scim_group_id", "scim_group_id"),
        ("updated_at", "updated_at"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "id",
            "organization_id",
            "role",
            "scim_group_id",
            "updated_at",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.scim_group_mapping_role import ScimGroupMappingRole

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        def role_(raw__: Any) -> Any:
            role = ScimGroupMappingRole(raw__)

            return role

        def scim_group_id_(raw__: Any) -> Any:
            scim_group_id = UUID(raw__)

            return scim_group_id

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "id": id_,
            "role": role_,
            "scim_group_id": scim_group_id_,
            "workspace_id": workspace_id_,
        }
