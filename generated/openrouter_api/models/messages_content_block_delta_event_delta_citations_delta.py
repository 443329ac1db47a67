from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_citation_char_location import AnthropicCitationCharLocation
    from ..models.anthropic_citation_content_block_location import (
        AnthropicCitationContentBlockLocation,
    )
    from ..models.anthropic_citation_page_location import AnthropicCitationPageLocation
    from ..models.anthropic_citation_search_result_location import (
        AnthropicCitationSearchResultLocation,
    )
    from ..models.anthropic_citation_web_search_result_location import (
        AnthropicCitationWebSearchResultLocation,
    )
    from ..models.messages_content_block_delta_event_delta_citations_delta_type import (
        MessagesContentBlockDeltaEventDeltaCitationsDeltaType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesContentBlockDeltaEventDeltaCitationsDelta(LazyModel):
    """
    Attributes:
        citation (AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation | AnthropicCitationWebSearchResultLocation):
        type (MessagesContentBlockDeltaEventDeltaCitationsDeltaType):
    """

    citation: (
        AnthropicCitationCharLocation
        | AnthropicCitationContentBlockLocation
        | AnthropicCitationPageLocation
        | AnthropicCitationSearchResultLocation
        | AnthropicCitationWebSearchResultLocation
    )
    type: MessagesContentBlockDeltaEventDeltaCitationsDeltaType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("citation", "citation"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "citation",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "citations_delta"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_citation_char_location import (
            AnthropicCitationCharLocation,
        )
        from ..models.anthropic_citation_content_block_location import (
            AnthropicCitationContentBlockLocation,
        )
        from ..models.anthropic_citation_page_location import (
            AnthropicCitationPageLocation,
        )
        from ..models.anthropic_citation_search_result_location import (
            AnthropicCitationSearchResultLocation,
        )
        from ..models.anthropic_citation_web_search_result_location import (
            AnthropicCitationWebSearchResultLocation,
        )
        from ..models.messages_content_block_delta_event_delta_citations_delta_type import (
            MessagesContentBlockDeltaEventDeltaCitationsDeltaType,
        )

        def citation_(raw__: Any) -> Any:
            def _parse_citation(
                data: object,
            ) -> (
                AnthropicCitationCharLocation
                | AnthropicCitationContentBlockLocation
                | AnthropicCitationPageLocation
                | AnthropicCitationSearchResultLocation
                | AnthropicCitationWebSearchResultLocation
            ):
                if AnthropicCitationCharLocation.accepts(data):
                    citation_type_0 = AnthropicCitationCharLocation.from_dict(data)

                    return citation_type_0
                if AnthropicCitationPageLocation.accepts(data):
                    citation_type_1 = AnthropicCitationPageLocation.from_dict(data)

                    return citation_type_1
                if AnthropicCitationContentBlockLocation.accepts(data):
                    citation_type_2 = AnthropicCitationContentBlockLocation.from_dict(
                        data
                    )

                    return citation_type_2
                if AnthropicCitationWebSearchResultLocation.accepts(data):
                    citation_type_3 = (
                        AnthropicCitationWebSearchResultLocation.from_dict(data)
                    )

                    return citation_type_3
                if AnthropicCitationSearchResultLocation.accepts(data):
                    citation_type_4 = AnthropicCitationSearchResultLocation.from_dict(
                        data
                    )

                    return citation_type_4
                if AnthropicCitationCharLocation.discriminated_by(data):
                    return AnthropicCitationCharLocation.from_dict(data)
                if AnthropicCitationPageLocation.discriminated_by(data):
                    return AnthropicCitationPageLocation.from_dict(data)
                if AnthropicCitationContentBlockLocation.discriminated_by(data):
                    return AnthropicCitationContentBlockLocation.from_dict(data)
                if AnthropicCitationWebSearchResultLocation.discriminated_by(data):
                    return AnthropicCitationWebSearchResultLocation.from_dict(data)
                if AnthropicCitationSearchResultLocation.discriminated_by(data):
                    return AnthropicCitationSearchResultLocation.from_dict(data)
                return cast(
                    AnthropicCitationCharLocation
                    | AnthropicCitationContentBlockLocation
                    | AnthropicCitationPageLocation
                    | AnthropicCitationSearchResultLocation
                    | AnthropicCitationWebSearchResultLocation,
                    data,
                )

            citation = _parse_citation(raw__)

            return citation

        def type_(raw__: Any) -> Any:
            type = MessagesContentBlockDeltaEventDeltaCitationsDeltaType(raw__)

            return type

        return {
            "citation": citation_,
            "type": type_,
        }
