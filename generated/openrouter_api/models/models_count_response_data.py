from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ModelsCountResponseData(LazyModel):
    """Model count data

    Example:
        {'count': 150}

    Attributes:
        count (int): Total number of available models Example: 150.
    """

    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("count", "count"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "count",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
