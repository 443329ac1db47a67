from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID

    from ..models.create_scim_group_mapping_request_role import (
        CreateScimGroupMappingRequestRole,
    )


@_attrs_define(slots=False, repr=False)
class CreateScimGroupMappingRequest(LazyModel):
    """
    Attributes:
        role (CreateScimGroupMappingRequestRole):
        scim_group_id (UUID):
        workspace_id (UUID):
    """

    role: CreateScimGroupMappingRequestRole
    scim_group_id: UUID
    workspace_id: UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("scim_group_id", "scim_group_id"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
            "scim_group_id",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        from ..models.create_scim_group_mapping_request_role import (
            CreateScimGroupMappingRequestRole,
        )

        def role_(raw__: Any) -> Any:
            role = CreateScimGroupMappingRequestRole(raw__)

            return role

        def scim_group_id_(raw__: Any) -> Any:
            scim_group_id = UUID(raw__)

            return scim_group_id

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "role": role_,
            "scim_group_id": scim_group_id_,
            "workspace_id": workspace_id_,
        }
