from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatAudioOutput(LazyModel):
    """Audio output data or reference

    Example:
        {'data': 'UklGRnoGAABXQVZFZm10IBAAAAABAAEAQB8AAEAfAAABAAgAZGF0YQoGAACBhYqFbF1f', 'expires_at': 1677652400, 'id':
            'audio_abc123', 'transcript': 'Hello! How can I help you today?'}

    Attributes:
        data (str | None): Base64 encoded audio data
        expires_at (int | None): Audio expiration timestamp
        id (str | None): Audio output identifier
        transcript (str | None): Audio transcript
    """

    data: str | None = ABSENT
    expires_at: int | None = ABSENT
    id: str | None = ABSENT
    transcript: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("expires_at", "expires_at"),
        ("id", "id"),
        ("transcript", "transcript"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
