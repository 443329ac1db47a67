from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ModelLinks(LazyModel):
    """Related API endpoints and resources for this model.

    Example:
        {'details': '/api/v1/models/openai/gpt-5.4/endpoints'}

    Attributes:
        details (str): URL for the model details/endpoints API Example: /api/v1/models/openai/gpt-5.4/endpoints.
    """

    details: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("details", "details"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "details",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
