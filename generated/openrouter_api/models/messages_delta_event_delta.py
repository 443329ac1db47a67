from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_container import AnthropicContainer
    from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
    from ..models.or_anthropic_stop_reason import ORAnthropicStopReason


@_attrs_define(slots=False, repr=False)
class MessagesDeltaEventDelta(LazyModel):
    """
    Attributes:
        container (AnthropicContainer | None):
        stop_details (AnthropicRefusalStopDetails | None):
        stop_reason (ORAnthropicStopReason | None):
        stop_sequence (str | None):
    """

    container: AnthropicContainer | None
    stop_details: AnthropicRefusalStopDetails | None
    stop_reason: ORAnthropicStopReason | None
    stop_sequence: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container", "container"),
        ("stop_details", "stop_details"),
        ("stop_reason", "stop_reason"),
        ("stop_sequence", "stop_sequence"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "container",
            "stop_details",
            "stop_reason",
            "stop_sequence",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_container import AnthropicContainer
        from ..models.anthropic_refusal_stop_details import AnthropicRefusalStopDetails
        from ..models.or_anthropic_stop_reason import ORAnthropicStopReason

        def container_(raw__: Any) -> Any:
            def _parse_container(data: object) -> AnthropicContainer | None:
                if data is None:
                    return data
                if AnthropicContainer.accepts(data):
                    container_type_0 = AnthropicContainer.from_dict(data)

                    return container_type_0
                if AnthropicContainer.discriminated_by(data):
                    return AnthropicContainer.from_dict(data)
                return cast(AnthropicContainer | None, data)

            container = _parse_container(raw__)

            return container

        def stop_details_(raw__: Any) -> Any:
            def _parse_stop_details(data: object) -> AnthropicRefusalStopDetails | None:
                if data is None:
                    return data
                if AnthropicRefusalStopDetails.accepts(data):
                    stop_details_type_0 = AnthropicRefusalStopDetails.from_dict(data)

                    return stop_details_type_0
                if AnthropicRefusalStopDetails.discriminated_by(data):
                    return AnthropicRefusalStopDetails.from_dict(data)
                return cast(AnthropicRefusalStopDetails | None, data)

            stop_details = _parse_stop_details(raw__)

            return stop_details

        def stop_reason_(raw__: Any) -> Any:
            def _parse_stop_reason(data: object) -> None | ORAnthropicStopReason:
                if data is None:
                    return data
                if ORAnthropicStopReason.is_declared(data):
                    stop_reason_type_0 = ORAnthropicStopReason(data)

                    return stop_reason_type_0
                if isinstance(data, str):
                    return ORAnthropicStopReason(data)
                return cast(None | ORAnthropicStopReason, data)

            stop_reason = _parse_stop_reason(raw__)

            return stop_reason

        return {
            "container": container_,
            "stop_details": stop_details_,
            "stop_reason": stop_reason_,
        }
