from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.preset_designated_version_config import PresetDesignatedVersionConfig


@_attrs_define(slots=False, repr=False)
class PresetDesignatedVersion(LazyModel):
    """A specific version of a preset, containing config and optional system prompt.

    Example:
        {'config': {'model': 'openai/gpt-4o', 'temperature': 0.7}, 'created_at': '2026-04-20T10:00:00Z', 'creator_id':
            'user_2dHFtVWx2n56w6HkM0000000000', 'id': '550e8400-e29b-41d4-a716-446655440000', 'preset_id':
            '650e8400-e29b-41d4-a716-446655440001', 'system_prompt': 'You are a helpful assistant.', 'updated_at':
            '2026-04-20T10:00:00Z', 'version': 1}

    Attributes:
        config (PresetDesignatedVersionConfig):
        created_at (str):
        creator_id (str):
        id (str):
        preset_id (str):
        system_prompt (str | None):
        updated_at (str):
        version (int):
    """

    config: PresetDesignatedVersionConfig
    created_at: str
    creator_id: str
    id: str
    preset_id: str
    system_prompt: str | None
    updated_at: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("config", "config"),
        ("created_at", "created_at"),
        ("creator_id", "creator_id"),
        ("id", "id"),
        ("preset_id", "preset_id"),
        ("system_prompt", "system_prompt"),
        ("updated_at", "updated_at"),
        ("version", "version"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
            "created_at",
            "creator_id",
            "id",
            "preset_id",
            "system_prompt",
            "updated_at",
            "version",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "config",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.preset_designated_version_config import (
            PresetDesignatedVersionConfig,
        )

        def config_(raw__: Any) -> Any:
            config = PresetDesignatedVersionConfig.from_dict(raw__)

            return config

        return {
            "config": config_,
        }
