from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class SearchModelsServerToolConfig(LazyModel):
    """Configuration for the openrouter:experimental__search_models server tool

    Example:
        {'max_results': 5}

    Attributes:
        max_results (int | None): Maximum number of models to return. Defaults to 5, max 20. Example: 5.
    """

    max_results: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("max_results", "max_results"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
