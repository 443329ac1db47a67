from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class TaskClassificationMacroCategory(LazyModel):
    """
    Example:
        {'key': 'code', 'label': 'Code', 'token_share': 0.52, 'usage_share': 0.45}

    Attributes:
        key (str): Macro-category identifier. Example: code.
        label (str): Human-readable label for the macro-category. Example: Code.
        token_share (float): Combined token share of all classifications in this macro-category (0–1). Example: 0.52.
        usage_share (float): Combined usage share of all classifications in this macro-category (0–1). Example: 0.45.
    """

    key: str
    label: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("label", "label"),
        ("token_share", "token_share"),
        ("usage_share", "usage_share"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "label",
            "token_share",
            "usage_share",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
