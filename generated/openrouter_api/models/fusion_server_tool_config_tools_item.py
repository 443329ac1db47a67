from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.fusion_server_tool_config_tools_item_parameters import (
        FusionServerToolConfigToolsItemParameters,
    )


@_attrs_define(slots=False, repr=False)
class FusionServerToolConfigToolsItem(LazyModel):
    """
    Attributes:
        type (str): Server tool type identifier (e.g. "openrouter:web_search", "openrouter:web_fetch").
        parameters (FusionServerToolConfigToolsItemParameters | None): Optional configuration forwarded as the tool's
            `parameters` object.
    """

    type: str
    parameters: FusionServerToolConfigToolsItemParameters | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("parameters", "parameters"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_server_tool_config_tools_item_parameters import (
            FusionServerToolConfigToolsItemParameters,
        )

        def parameters_(raw__: Any) -> Any:
            parameters = FusionServerToolConfigToolsItemParameters.from_dict(raw__)

            return parameters

        return {
            "parameters": parameters_,
        }
