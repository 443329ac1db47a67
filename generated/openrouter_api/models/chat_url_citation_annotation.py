from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_url_citation_annotation_type import ChatUrlCitationAnnotationType
    from ..models.chat_url_citation_annotation_url_citation import (
        ChatUrlCitationAnnotationUrlCitation,
    )


@_attrs_define(slots=False, repr=False)
class ChatUrlCitationAnnotation(LazyModel):
    """A web source the answer cites (web search plugin or native search)

    Attributes:
        type (ChatUrlCitationAnnotationType):
        url_citation (ChatUrlCitationAnnotationUrlCitation):
    """

    type: ChatUrlCitationAnnotationType
    url_citation: ChatUrlCitationAnnotationUrlCitation
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url_citation", "url_citation"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "url_citation",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "url_citation",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "url_citation"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_url_citation_annotation_type import (
            ChatUrlCitationAnnotationType,
        )
        from ..models.chat_url_citation_annotation_url_citation import (
            ChatUrlCitationAnnotationUrlCitation,
        )

        def type_(raw__: Any) -> Any:
            type = ChatUrlCitationAnnotationType(raw__)

            return type

        def url_citation_(raw__: Any) -> Any:
            url_citation = ChatUrlCitationAnnotationUrlCitation.from_dict(raw__)

            return url_citation

        return {
            "type": type_,
            "url_citation": url_citation_,
        }
