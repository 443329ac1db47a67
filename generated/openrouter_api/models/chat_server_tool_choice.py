from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ChatServerToolChoice(LazyModel):
    """OpenRouter extension: force a specific server tool by naming it directly in `tool_choice.type` instead of wrapping
    it in `{ type: "function", function: { name } }`.

        Example:
            {'type': 'openrouter:web_search'}

        Attributes:
            type (str): OpenRouter server-tool type to force (e.g. `openrouter:web_search`, `web_search`,
                `web_search_preview`). Example: openrouter:web_search.
    """

    type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
