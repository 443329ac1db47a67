from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.list_organization_members_response_data_item_role import (
        ListOrganizationMembersResponseDataItemRole,
    )


@_attrs_define(slots=False, repr=False)
class ListOrganizationMembersResponseDataItem(LazyModel):
    """
    Attributes:
        email (str): Email address of the member Example: jane.doe@example.com.
        first_name (str | None): First name of the member Example: Jane.
        id (str): User ID of the organization member Example: user_2dHFtVWx2n56w6HkM0000000000.
        last_name (str | None): Last name of the member Example: Doe.
        role (ListOrganizationMembersResponseDataItemRole): Role of the member in the organization Example: org:member.
    """

    email: str
    first_name: str | None
    id: str
    last_name: str | None
    role: ListOrganizationMembersResponseDataItemRole
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("email", "email"),
        ("first_name", "first_name"),
        ("id", "id"),
        ("last_name", "last_name"),
        ("role", "role"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "email",
            "first_name",
            "id",
            "last_name",
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.list_organization_members_response_data_item_role import (
            ListOrganizationMembersResponseDataItemRole,
        )

        def role_(raw__: Any) -> Any:
            role = ListOrganizationMembersResponseDataItemRole(raw__)

            return role

        return {
            "role": role_,
        }
