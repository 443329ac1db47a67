from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class TopProviderInfo(LazyModel):
    """Information about the top provider for this model

    Example:
        {'context_length': 8192, 'is_moderated': True, 'max_completion_tokens': 4096}

    Attributes:
        is_moderated (bool): Whether the top provider moderates content Example: True.
        context_length (int | None): Context length from the top provider Example: 8192.
        max_completion_tokens (int | None): Maximum completion tokens from the top provider Example: 4096.
    """

    is_moderated: bool
    context_length: int | None = ABSENT
    max_completion_tokens: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("is_moderated", "is_moderated"),
        ("context_length", "context_length"),
        ("max_completion_tokens", "max_completion_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "is_moderated",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
