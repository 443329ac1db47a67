from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.member_assignment import MemberAssignment


@_attrs_define(slots=False, repr=False)
class ListMemberAssignmentsResponse(LazyModel):
    """
    Example:
        {'data': [{'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'organization_id':
            'org_xyz789', 'user_id': 'user_abc123'}], 'total_count': 1}

    Attributes:
        data (list[MemberAssignment]): List of member assignments
        total_count (int): Total number of member assignments Example: 10.
    """

    data: list[MemberAssignment]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("total_count", "total_count"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "total_count",
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

        from ..models.member_assignment import MemberAssignment

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = MemberAssignment.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
