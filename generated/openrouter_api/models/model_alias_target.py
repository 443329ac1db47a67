from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ModelAliasTarget(LazyModel):
    """Concrete model targeted by this tilde-latest alias, when applicable

    Example:
        {'name': 'Claude Sonnet 4.5', 'slug': 'anthropic/claude-sonnet-4.5'}

    Attributes:
        name (str): Human-readable name of the concrete model targeted by this alias
        slug (str): Routable model ID of the concrete target, matching that model row's id
    """

    name: str
    slug: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("slug", "slug"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "slug",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
