from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from uuid import UUID


@_attrs_define(slots=False, repr=False)
class ScimGroup(LazyModel):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00.000Z', 'display_name': 'Engineering', 'external_id': 'group-external-id',
            'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id': 'org_123456', 'updated_at':
            '2025-08-24T10:30:00.000Z'}

    Attributes:
        created_at (str):
        display_name (str):
        external_id (str | None):
        id (UUID):
        organization_id (str):
        updated_at (str):
    """

    created_at: str
    display_name: str
    external_id: str | None
    id: UUID
    organization_id: str
    updated_at: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("display_name", "display_name"),
        ("external_id", "external_id"),
        ("id", "id"),
        ("organization_id", "organization_id"),
        ("updated_at", "updated_at"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "display_name",
            "external_id",
            "id",
            "organization_id",
            "updated_at",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

        return {
            "id": id_,
        }
