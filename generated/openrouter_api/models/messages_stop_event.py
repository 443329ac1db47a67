from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_stop_event_type import MessagesStopEventType
    from ..models.open_router_metadata import OpenRouterMetadata


@_attrs_define(slots=False, repr=False)
class MessagesStopEvent(LazyModel):
    """Event sent when the message is complete

    Example:
        {'type': 'message_stop'}

    Attributes:
        type (MessagesStopEventType):
        openrouter_metadata (OpenRouterMetadata | None):  Example: {'attempt': 1, 'endpoints': {'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 1}, 'is_byok': False, 'region': 'iad',
            'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary': 'available=1, selected=OpenAI'}.
    """

    type: MessagesStopEventType
    openrouter_metadata: OpenRouterMetadata | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("openrouter_metadata", "openrouter_metadata"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "message_stop"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_stop_event_type import MessagesStopEventType
        from ..models.open_router_metadata import OpenRouterMetadata

        def type_(raw__: Any) -> Any:
            type = MessagesStopEventType(raw__)

            return type

        def openrouter_metadata_(raw__: Any) -> Any:
            openrouter_metadata = OpenRouterMetadata.from_dict(raw__)

            return openrouter_metadata

        return {
            "type": type_,
            "openrouter_metadata": openrouter_metadata_,
        }
