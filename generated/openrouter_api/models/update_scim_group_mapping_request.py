from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.update_scim_group_mapping_request_role import (
        UpdateScimGroupMappingRequestRole,
    )


@_attrs_define(slots=False, repr=False)
class UpdateScimGroupMappingRequest(LazyModel):
    """
    Attributes:
        role (UpdateScimGroupMappingRequestRole):
    """

    role: UpdateScimGroupMappingRequestRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("role", "role"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.update_scim_group_mapping_request_role import (
            UpdateScimGroupMappingRequestRole,
        )

        def role_(raw__: Any) -> Any:
            role = UpdateScimGroupMappingRequestRole(raw__)

            return role

        return {
            "role": role_,
        }
