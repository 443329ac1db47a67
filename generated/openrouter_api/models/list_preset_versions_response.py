from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.preset_designated_version import PresetDesignatedVersion


@_attrs_define(slots=False, repr=False)
class ListPresetVersionsResponse(LazyModel):
    """A paginated list of preset versions.

    Example:
        {'data': [{'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z',
            'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}], 'total_count': 1}

    Attributes:
        data (list[None | PresetDesignatedVersion]):
        total_count (int):
    """

    data: list[None | PresetDesignatedVersion]
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

        from ..models.preset_designated_version import PresetDesignatedVersion

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:

                def _parse_data_item(data: object) -> None | PresetDesignatedVersion:
                    if data is None:
                        return data
                    if PresetDesignatedVersion.accepts(data):
                        data_item_type_0 = PresetDesignatedVersion.from_dict(data)

                        return data_item_type_0
                    if PresetDesignatedVersion.discriminated_by(data):
                        return PresetDesignatedVersion.from_dict(data)
                    return cast(None | PresetDesignatedVersion, data)

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
