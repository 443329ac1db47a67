from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_thinking_display import AnthropicThinkingDisplay
    from ..models.messages_request_thinking_adaptive_type import (
        MessagesRequestThinkingAdaptiveType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesRequestThinkingAdaptive(LazyModel):
    """
    Attributes:
        type (MessagesRequestThinkingAdaptiveType):
        display (AnthropicThinkingDisplay | None):
    """

    type: MessagesRequestThinkingAdaptiveType
    display: AnthropicThinkingDisplay | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("display", "display"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "adaptive"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_thinking_display import AnthropicThinkingDisplay
        from ..models.messages_request_thinking_adaptive_type import (
            MessagesRequestThinkingAdaptiveType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesRequestThinkingAdaptiveType(raw__)

            return type

        def display_(raw__: Any) -> Any:
            def _parse_display(data: object) -> AnthropicThinkingDisplay | None:
                if data is None:
                    return data
                if AnthropicThinkingDisplay.is_declared(data):
                    display_type_0 = AnthropicThinkingDisplay(data)

                    return display_type_0
                if isinstance(data, str):
                    return AnthropicThinkingDisplay(data)
                return cast(AnthropicThinkingDisplay | None, data)

            display = _parse_display(raw__)

            return display

        return {
            "type": type_,
            "display": display_,
        }
