from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.base_annotation_added_event_type import BaseAnnotationAddedEventType
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.url_citation import URLCitation


@_attrs_define(slots=False, repr=False)
class BaseAnnotationAddedEvent(LazyModel):
    """Event emitted when a text annotation is added to output

    Example:
        {'annotation': {'end_index': 7, 'start_index': 0, 'title': 'Example', 'type': 'url_citation', 'url':
            'https://example.com'}, 'annotation_index': 0, 'content_index': 0, 'item_id': 'item-1', 'output_index': 0,
            'sequence_number': 5, 'type': 'response.output_text.annotation.added'}

    Attributes:
        annotation (FileCitation | FilePath | URLCitation):  Example: {'file_id': 'file-abc123', 'filename':
            'research_paper.pdf', 'index': 0, 'type': 'file_citation'}.
        annotation_index (int):
        content_index (int):
        item_id (str):
        output_index (int):
        sequence_number (int):
        type (BaseAnnotationAddedEventType):
    """

    annotation: FileCitation | FilePath | URLCitation
    annotation_index: int
    content_index: int
    item_id: str
    output_index: int
    sequence_number: int
    type: BaseAnnotationAddedEventType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("annotation", "annotation"),
        ("annotation_index", "annotation_index"),
        ("content_index", "content_index"),
        ("item_id", "item_id"),
        ("output_index", "output_index"),
        ("sequence_number", "sequence_number"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "annotation",
            "annotation_index",
            "content_index",
            "item_id",
            "output_index",
            "sequence_number",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "response.output_text.annotation.added"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_annotation_added_event_type import (
            BaseAnnotationAddedEventType,
        )
        from ..models.file_citation import FileCitation
        from ..models.file_path import FilePath
        from ..models.url_citation import URLCitation

        def annotation_(raw__: Any) -> Any:
            def _parse_annotation(
                data: object,
            ) -> FileCitation | FilePath | URLCitation:
                if FileCitation.accepts(data):
                    componentsschemas_open_ai_responses_annotation_type_0 = (
                        FileCitation.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_annotation_type_0
                if URLCitation.accepts(data):
                    componentsschemas_open_ai_responses_annotation_type_1 = (
                        URLCitation.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_annotation_type_1
                if FilePath.accepts(data):
                    componentsschemas_open_ai_responses_annotation_type_2 = (
                        FilePath.from_dict(data)
                    )

                    return componentsschemas_open_ai_responses_annotation_type_2
                if FileCitation.discriminated_by(data):
                    return FileCitation.from_dict(data)
                if URLCitation.discriminated_by(data):
                    return URLCitation.from_dict(data)
                if FilePath.discriminated_by(data):
                    return FilePath.from_dict(data)
                return cast(FileCitation | FilePath | URLCitation, data)

            annotation = _parse_annotation(raw__)

            return annotation

        def type_(raw__: Any) -> Any:
            type = BaseAnnotationAddedEventType(raw__)

            return type

        return {
            "annotation": annotation_,
            "type": type_,
        }
