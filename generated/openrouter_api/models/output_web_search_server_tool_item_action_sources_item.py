from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action_sources_item_type import (
        OutputWebSearchServerToolItemActionSourcesItemType,
    )


@_attrs_define(slots=False, repr=False)
class OutputWebSearchServerToolItemActionSourcesItem(LazyModel):
    """
    Attributes:
        type (OutputWebSearchServerToolItemActionSourcesItemType):
        url (str):
    """

    type: OutputWebSearchServerToolItemActionSourcesItemType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "url"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_web_search_server_tool_item_action_sources_item_type import (
            OutputWebSearchServerToolItemActionSourcesItemType,
        )

        def type_(raw__: Any) -> Any:
            type = OutputWebSearchServerToolItemActionSourcesItemType(raw__)

            return type

        return {
            "type": type_,
        }
