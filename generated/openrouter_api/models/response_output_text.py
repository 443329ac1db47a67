from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.file_citation import FileCitation
    from ..models.file_path import FilePath
    from ..models.response_output_text_logprobs_item import (
        ResponseOutputTextLogprobsItem,
    )
    from ..models.response_output_text_type import ResponseOutputTextType
    from ..models.url_citation import URLCitation


@_attrs_define(slots=False, repr=False)
class ResponseOutputText(LazyModel):
    """
    Example:
        {'annotations': [{'end_index': 42, 'start_index': 0, 'title': 'Paris - Wikipedia', 'type': 'url_citation',
            'url': 'https://en.wikipedia.org/wiki/Paris'}], 'text': 'The capital of France is Paris.', 'type':
            'output_text'}

    Attributes:
        text (str):
        type (ResponseOutputTextType):
        annotations (list[FileCitation | FilePath | URLCitation] | None):
        logprobs (list[ResponseOutputTextLogprobsItem] | None):
    """

    text: str
    type: ResponseOutputTextType
    annotations: list[FileCitation | FilePath | URLCitation] | None = ABSENT
    logprobs: list[ResponseOutputTextLogprobsItem] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
        ("annotations", "annotations"),
        ("logprobs", "logprobs"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "output_text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.file_citation import FileCitation
        from ..models.file_path import FilePath
        from ..models.response_output_text_logprobs_item import (
            ResponseOutputTextLogprobsItem,
        )
        from ..models.response_output_text_type import ResponseOutputTextType
        from ..models.url_citation import URLCitation

        def type_(raw__: Any) -> Any:
            type = ResponseOutputTextType(raw__)

            return type

        def annotations_(raw__: Any) -> Any:
            annotations = []
            _annotations = raw__
            for annotations_item_data in _annotations:

                def _parse_annotations_item(
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

                annotations_item = _parse_annotations_item(annotations_item_data)

                annotations.append(annotations_item)

            return annotations

        def logprobs_(raw__: Any) -> Any:
            logprobs = []
            _logprobs = raw__
            for logprobs_item_data in _logprobs:
                logprobs_item = ResponseOutputTextLogprobsItem.from_dict(
                    logprobs_item_data
                )

                logprobs.append(logprobs_item)

            return logprobs

        return {
            "type": type_,
            "annotations": annotations_,
            "logprobs": logprobs_,
        }
