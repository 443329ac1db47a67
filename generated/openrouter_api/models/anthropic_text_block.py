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
    from ..models.anthropic_text_block_type import AnthropicTextBlockType


@_attrs_define(slots=False, repr=False)
class AnthropicTextBlock(LazyModel):
    """
    Example:
        {'citations': None, 'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        citations (list[AnthropicCitationCharLocation | AnthropicCitationContentBlockLocation |
            AnthropicCitationPageLocation | AnthropicCitationSearchResultLocation |
            AnthropicCitationWebSearchResultLocation] | None):
        text (str):
        type (AnthropicTextBlockType):
    """

    citations: (
        list[
            AnthropicCitationCharLocation
            | AnthropicCitationContentBlockLocation
            | AnthropicCitationPageLocation
            | AnthropicCitationSearchResultLocation
            | AnthropicCitationWebSearchResultLocation
        ]
        | None
    )
    text: str
    type: AnthropicTextBlockType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("citations", "citations"),
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "citations",
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "text"),)

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
        from ..models.anthropic_text_block_type import AnthropicTextBlockType

        def citations_(raw__: Any) -> Any:
            def _parse_citations(
                data: object,
            ) -> (
                list[
                    AnthropicCitationCharLocation
                    | AnthropicCitationContentBlockLocation
                    | AnthropicCitationPageLocation
                    | AnthropicCitationSearchResultLocation
                    | AnthropicCitationWebSearchResultLocation
                ]
                | None
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    citations_type_0 = []
                    _citations_type_0 = data
                    for citations_type_0_item_data in _citations_type_0:

                        def _parse_citations_type_0_item(
                            data: object,
                        ) -> (
                            AnthropicCitationCharLocation
                            | AnthropicCitationContentBlockLocation
                            | AnthropicCitationPageLocation
                            | AnthropicCitationSearchResultLocation
                            | AnthropicCitationWebSearchResultLocation
                        ):
                            if AnthropicCitationCharLocation.accepts(data):
                                componentsschemas_anthropic_text_citation_type_0 = (
                                    AnthropicCitationCharLocation.from_dict(data)
                                )

                                return componentsschemas_anthropic_text_citation_type_0
                            if AnthropicCitationPageLocation.accepts(data):
                                componentsschemas_anthropic_text_citation_type_1 = (
                                    AnthropicCitationPageLocation.from_dict(data)
                                )

                                return componentsschemas_anthropic_text_citation_type_1
                            if AnthropicCitationContentBlockLocation.accepts(data):
                                componentsschemas_anthropic_text_citation_type_2 = (
                                    AnthropicCitationContentBlockLocation.from_dict(
                                        data
                                    )
                                )

                                return componentsschemas_anthropic_text_citation_type_2
                            if AnthropicCitationWebSearchResultLocation.accepts(data):
                                componentsschemas_anthropic_text_citation_type_3 = (
                                    AnthropicCitationWebSearchResultLocation.from_dict(
                                        data
                                    )
                                )

                                return componentsschemas_anthropic_text_citation_type_3
                            if AnthropicCitationSearchResultLocation.accepts(data):
                                componentsschemas_anthropic_text_citation_type_4 = (
                                    AnthropicCitationSearchResultLocation.from_dict(
                                        data
                                    )
                                )

                                return componentsschemas_anthropic_text_citation_type_4
                            if AnthropicCitationCharLocation.discriminated_by(data):
                                return AnthropicCitationCharLocation.from_dict(data)
                            if AnthropicCitationPageLocation.discriminated_by(data):
                                return AnthropicCitationPageLocation.from_dict(data)
                            if AnthropicCitationContentBlockLocation.discriminated_by(
                                data
                            ):
                                return AnthropicCitationContentBlockLocation.from_dict(
                                    data
                                )
                            if AnthropicCitationWebSearchResultLocation.discriminated_by(
                                data
                            ):
                                return (
                                    AnthropicCitationWebSearchResultLocation.from_dict(
                                        data
                                    )
                                )
                            if AnthropicCitationSearchResultLocation.discriminated_by(
                                data
                            ):
                                return AnthropicCitationSearchResultLocation.from_dict(
                                    data
                                )
                            return cast(
                                AnthropicCitationCharLocation
                                | AnthropicCitationContentBlockLocation
                                | AnthropicCitationPageLocation
                                | AnthropicCitationSearchResultLocation
                                | AnthropicCitationWebSearchResultLocation,
                                data,
                            )

                        citations_type_0_item = _parse_citations_type_0_item(
                            citations_type_0_item_data
                        )

                        citations_type_0.append(citations_type_0_item)

                    return citations_type_0
                return cast(
                    list[
                        AnthropicCitationCharLocation
                        | AnthropicCitationContentBlockLocation
                        | AnthropicCitationPageLocation
                        | AnthropicCitationSearchResultLocation
                        | AnthropicCitationWebSearchResultLocation
                    ]
                    | None,
                    data,
                )

            citations = _parse_citations(raw__)

            return citations

        def type_(raw__: Any) -> Any:
            type = AnthropicTextBlockType(raw__)

            return type

        return {
            "citations": citations_,
            "type": type_,
        }
