from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.key_assignment import KeyAssignment


@_attrs_define(slots=False, repr=False)
class ListKeyAssignmentsResponse(LazyModel):
    """
    Example:
        {'data': [{'assigned_by': 'user_abc123', 'created_at': '2025-08-24T10:30:00Z', 'guardrail_id':
            '550e8400-e29b-41d4-a716-446655440001', 'id': '550e8400-e29b-41d4-a716-446655440000', 'key_hash':
            'c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93', 'key_label': 'prod-key', 'key_name':
            'Production Key'}], 'total_count': 1}

    Attributes:
        data (list[KeyAssignment]): List of key assignments
        total_count (int): Total number of key assignments for this guardrail Example: 25.
    """

    data: list[KeyAssignment]
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

        from ..models.key_assignment import KeyAssignment

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = KeyAssignment.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
