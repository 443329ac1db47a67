from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.scim_group_mapping import ScimGroupMapping


@_attrs_define(slots=False, repr=False)
class GetScimGroupMappingResponse(LazyModel):
    """
    Attributes:
        data (ScimGroupMapping):  Example: {'created_at': '2025-08-24T10:30:00.000Z', 'id':
            '770e8400-e29b-41d4-a716-446655440000', 'organization_id': 'org_123456', 'role': 'member', 'scim_group_id':
            '550e8400-e29b-41d4-a716-446655440000', 'updated_at': '2025-08-24T10:30:00.000Z', 'workspace_id':
            '660e8400-e29b-41d4-a716-446655440000'}.
    """

    data: ScimGroupMapping
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.scim_group_mapping import ScimGroupMapping

        def data_(raw__: Any) -> Any:
            data = ScimGroupMapping.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
