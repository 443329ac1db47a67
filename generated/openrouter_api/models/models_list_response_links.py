from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ModelsListResponseLinks(LazyModel):
    """Pagination links

    Attributes:
        next_ (str | None): URL for the next page of results, or null if this is the last page Example:
            /api/v1/models?offset=500&limit=500.
    """

    next_: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("next_", "next"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "next",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
