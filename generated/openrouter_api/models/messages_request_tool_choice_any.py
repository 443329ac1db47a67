from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_request_tool_choice_any_type import (
        MessagesRequestToolChoiceAnyType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolChoiceAny(LazyModel):
    """
    Attributes:
        type (MessagesRequestToolChoiceAnyType):
        disable_parallel_tool_use (bool | None):
    """

    type: MessagesRequestToolChoiceAnyType
    disable_parallel_tool_use: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("disable_parallel_tool_use", "disable_parallel_tool_use"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "any"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_request_tool_choice_any_type import (
            MessagesRequestToolChoiceAnyType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesRequestToolChoiceAnyType(raw__)

            return type

        return {
            "type": type_,
        }
