from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.preset_with_designated_version import PresetWithDesignatedVersion


@_attrs_define(slots=False, repr=False)
class CreatePresetFromInferenceResponse(LazyModel):
    """Response containing the created preset with its designated version.

    Example:
        {'data': {'created_at': '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000',
            'description': None, 'designated_version': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7},
            'created_at': '2026-04-20T10:00:00Z', 'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'preset_id': '650e8400-e29b-41d4-a716-446655440001', 'system_prompt':
            'You are a helpful assistant.', 'updated_at': '2026-04-20T10:00:00Z', 'version': 1}, 'designated_version_id':
            '550e8400-e29b-41d4-a716-446655440000', 'id': '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset',
            'slug': 'my-preset', 'status': 'active', 'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z',
            'workspace_id': '750e8400-e29b-41d4-a716-446655440002'}}

    Attributes:
        data (PresetWithDesignatedVersion): A preset with its currently designated version. Example: {'created_at':
            '2026-04-20T10:00:00Z', 'creator_user_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'description': None,
            'designated_version': {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at':
            '2026-04-20T10:00:00Z', 'creator_id': 'user_2dHFtVWx2n56w6HkM0000000000', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'preset_id': '650e8400-e29b-41d4-a716-446655440001', 'system_prompt':
            'You are a helpful assistant.', 'updated_at': '2026-04-20T10:00:00Z', 'version': 1}, 'designated_version_id':
            '550e8400-e29b-41d4-a716-446655440000', 'id': '650e8400-e29b-41d4-a716-446655440001', 'name': 'my-preset',
            'slug': 'my-preset', 'status': 'active', 'status_updated_at': None, 'updated_at': '2026-04-20T10:00:00Z',
            'workspace_id': '750e8400-e29b-41d4-a716-446655440002'}.
    """

    data: PresetWithDesignatedVersion
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

        from ..models.preset_with_designated_version import PresetWithDesignatedVersion

        def data_(raw__: Any) -> Any:
            data = PresetWithDesignatedVersion.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
