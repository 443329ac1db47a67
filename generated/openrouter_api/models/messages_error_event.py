from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_error_event_error import MessagesErrorEventError
    from ..models.messages_error_event_type import MessagesErrorEventType
    from ..models.open_router_metadata import OpenRouterMetadata


@_attrs_define(slots=False, repr=False)
class MessagesErrorEvent(LazyModel):
    """Error event in the stream

    Example:
        {'error': {'error_type': 'provider_overloaded', 'message': 'Overloaded', 'type': 'overloaded_error'}, 'type':
            'error'}

    Attributes:
        error (MessagesErrorEventError):
        type (MessagesErrorEventType):
        openrouter_metadata (OpenRouterMetadata | None):  Example: {'attempt': 1, 'endpoints': {'available': [{'model':
            'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 1}, 'is_byok': False, 'region': 'iad',
            'requested': 'openai/gpt-4o', 'strategy': 'direct', 'summary': 'available=1, selected=OpenAI'}.
    """

    error: MessagesErrorEventError
    type: MessagesErrorEventType
    openrouter_metadata: OpenRouterMetadata | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("type", "type"),
        ("openrouter_metadata", "openrouter_metadata"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "error"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_error_event_error import MessagesErrorEventError
        from ..models.messages_error_event_type import MessagesErrorEventType
        from ..models.open_router_metadata import OpenRouterMetadata

        def error_(raw__: Any) -> Any:
            error = MessagesErrorEventError.from_dict(raw__)

            return error

        def type_(raw__: Any) -> Any:
            type = MessagesErrorEventType(raw__)

            return type

        def openrouter_metadata_(raw__: Any) -> Any:
            openrouter_metadata = OpenRouterMetadata.from_dict(raw__)

            return openrouter_metadata

        return {
            "error": error_,
            "type": type_,
            "openrouter_metadata": openrouter_metadata_,
        }
