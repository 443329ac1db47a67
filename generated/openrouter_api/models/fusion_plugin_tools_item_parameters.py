from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_plugin_tools_item_parameters_value import (
        FusionPluginToolsItemParametersValue,
    )


@_attrs_define(slots=False, repr=False)
class FusionPluginToolsItemParameters(LazyModel):
    """Optional configuration forwarded as the tool's `parameters` object."""

    additional_properties: dict[
        str,
        bool
        | float
        | FusionPluginToolsItemParametersValue
        | list[bool | float | None | str]
        | None
        | str,
    ] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
