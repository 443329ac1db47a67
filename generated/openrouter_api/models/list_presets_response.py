from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.preset import Preset


@_attrs_define(slots=False, repr=False)
class ListPresetsResponse(LazyModel):
    """A paginated list of presets.

    Example:
        {'data': [{'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000',
            'description': None, 'designated_version_id': '550e8400-e29b-41d4-a716-446655440000', 'id':
            '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset', 'slug': 'my-preset', 'status': 'active',
            'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z', 'workspace_id':
            '750e8400-e29b-41d4-a716-446655440002'}], 'total_count': 1}

    Attributes:
        data (list[Preset]):
        total_count (int):
    """

    data: list[Preset]
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

        from ..models.preset import Preset

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = Preset.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
