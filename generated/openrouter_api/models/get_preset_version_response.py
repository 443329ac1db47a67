from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.preset_designated_version import PresetDesignatedVersion


@_attrs_define(slots=False, repr=False)
class GetPresetVersionResponse(LazyModel):
    """A single version of a preset.

    Example:
        {'data': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z',
            'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}}

    Attributes:
        data (PresetDesignatedVersion | None):
    """

    data: PresetDesignatedVersion | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.preset_designated_version import PresetDesignatedVersion

        def data_(raw__: Any) -> Any:
            def _parse_data(data: object) -> None | PresetDesignatedVersion:
                if data is None:
                    return data
                if PresetDesignatedVersion.accepts(data):
                    data_type_0 = PresetDesignatedVersion.from_dict(data)

                    return data_type_0
                if PresetDesignatedVersion.discriminated_by(data):
                    return PresetDesignatedVersion.from_dict(data)
                return cast(None | PresetDesignatedVersion, data)

            data = _parse_data(raw__)

            return data

        return {
            "data": data_,
        }
