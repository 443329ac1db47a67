from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_find_in_page_type import (
        OutputItemWebSearchCallActionFindInPageType,
    )


@_attrs_define(slots=False, repr=False)
class OutputItemWebSearchCallActionFindInPage(LazyModel):
    """
    Attributes:
        pattern (str):
        type (OutputItemWebSearchCallActionFindInPageType):
        url (str):
    """

    pattern: str
    type: OutputItemWebSearchCallActionFindInPageType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("pattern", "pattern"),
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "pattern",
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "find_in_page"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.output_item_web_search_call_action_find_in_page_type import (
            OutputItemWebSearchCallActionFindInPageType,
        )

        def type_(raw__: Any) -> Any:
            type = OutputItemWebSearchCallActionFindInPageType(raw__)

            return type

        return {
            "type": type_,
        }
