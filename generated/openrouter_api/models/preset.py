from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.preset_status import PresetStatus


@_attrs_define(slots=False, repr=False)
class Preset(LazyModel):
    """A preset without version details.

    Example:
        {'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'description':
            None, 'designated_version_id': '550e8400-e29b-41d4-a716-446655440000', 'id':
            '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset', 'slug': 'my-preset', 'status': 'active',
            'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z', 'workspace_id':
            '750e8400-e29b-41d4-a716-446655440002'}

    Attributes:
        created_at (str):
        creator_user_id (str | None):
        description (str | None):
        designated_version_id (str | None):
        id (str):
        name (str):
        slug (str):
        status (PresetStatus): The status of a preset. Example: active.
        status_updated_at (str | None):
        updated_at (str):
        workspace_id (str | None):
    """

    created_at: str
    creator_user_id: str | None
    description: str | None
    designated_version_id: str | None
    id: str
    name: str
    slug: str
    status: PresetStatus
    status_updated_at: str | None
    updated_at: str
    workspace_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("creator_user_id", "creator_user_id"),
        ("description", "description"),
        ("designated_version_id", "designated_version_id"),
        ("id", "id"),
        ("name", "name"),
        ("slug", "slug"),
        ("status", "status"),
        ("status_updated_at", "status_updated_at"),
        ("updated_at", "updated_at"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "creator_user_id",
            "description",
            "designated_version_id",
            "id",
            "name",
            "slug",
            "status",
            "status_updated_at",
            "updated_at",
            "workspace_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.preset_status import PresetStatus

        def status_(raw__: Any) -> Any:
            status = PresetStatus(raw__)

            return status

        return {
            "status": status_,
        }
