from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_open_page_type import (
        OutputItemWebSearchCallActionOpenPageType,
    )


@_attrs_define(slots=False, repr=False)
class OutputItemWebSearchCallActionOpenPage(LazyModel):
    """
    Attributes:
        type (OutputItemWebSearchCallActionOpenPageType):
        url (str | None):
    """

    type: OutputItemWebSearchCallActionOpenPageType
    url: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "open_page"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_item_web_search_call_action_open_page_type import (
            OutputItemWebSearchCallActionOpenPageType,
        )

        def type_(raw__: Any) -> Any:
            type = OutputItemWebSearchCallActionOpenPageType(raw__)

            return type

        return {
            "type": type_,
        }
