from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class TaskClassificationModel(LazyModel):
    """
    Example:
        {'id': 'openai/gpt-4.1-mini', 'tag_token_share': 0.75, 'tag_usage_share': 0.55}

    Attributes:
        id (str): Model identifier (permaslug). Example: openai/gpt-4.1-mini.
        tag_token_share (float): Fraction of this classification's sampled token volume attributed to this model (0–1).
            Sums to ≤1 across the returned models (only top-N are included and unattributed requests are excluded). Example:
            0.75.
        tag_usage_share (float): Fraction of this classification's sampled requests attributed to this model (0–1). Sums
            to ≤1 across the returned models (only top-N are included and unattributed requests are excluded). Example:
            0.55.
    """

    id: str
    tag_token_share: float
    tag_usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("tag_token_share", "tag_token_share"),
        ("tag_usage_share", "tag_usage_share"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "tag_token_share",
            "tag_usage_share",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
