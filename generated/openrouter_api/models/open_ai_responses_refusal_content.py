from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_responses_refusal_content_type import (
        OpenAIResponsesRefusalContentType,
    )


@_attrs_define(slots=False, repr=False)
class OpenAIResponsesRefusalContent(LazyModel):
    """
    Example:
        {'refusal': "I'm sorry, I cannot assist with that request", 'type': 'refusal'}

    Attributes:
        refusal (str):
        type (OpenAIResponsesRefusalContentType):
    """

    refusal: str
    type: OpenAIResponsesRefusalContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("refusal", "refusal"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "refusal",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "refusal"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_ai_responses_refusal_content_type import (
            OpenAIResponsesRefusalContentType,
        )

        def type_(raw__: Any) -> Any:
            type = OpenAIResponsesRefusalContentType(raw__)

            return type

        return {
            "type": type_,
        }
