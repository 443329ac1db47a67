from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_web_search_server_tool_item_action_sources_item import (
        OutputWebSearchServerToolItemActionSourcesItem,
    )
    from ..models.output_web_search_server_tool_item_action_type import (
        OutputWebSearchServerToolItemActionType,
    )


@_attrs_define(slots=False, repr=False)
class OutputWebSearchServerToolItemAction(LazyModel):
    """The search action performed, matching OpenAI web_search_call.action shape. Includes the query the model issued and
    optional source URLs returned by the search provider.

        Attributes:
            query (str):
            type (OutputWebSearchServerToolItemActionType):
            sources (list[OutputWebSearchServerToolItemActionSourcesItem] | None):
    """

    query: str
    type: OutputWebSearchServerToolItemActionType
    sources: list[OutputWebSearchServerToolItemActionSourcesItem] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("query", "query"),
        ("type", "type"),
        ("sources", "sources"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "query",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "search"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_web_search_server_tool_item_action_sources_item import (
            OutputWebSearchServerToolItemActionSourcesItem,
        )
        from ..models.output_web_search_server_tool_item_action_type import (
            OutputWebSearchServerToolItemActionType,
        )

        def type_(raw__: Any) -> Any:
            type = OutputWebSearchServerToolItemActionType(raw__)

            return type

        def sources_(raw__: Any) -> Any:
            sources = []
            _sources = raw__
            for sources_item_data in _sources:
                sources_item = OutputWebSearchServerToolItemActionSourcesItem.from_dict(
                    sources_item_data
                )

                sources.append(sources_item)

            return sources

        return {
            "type": type_,
            "sources": sources_,
        }
