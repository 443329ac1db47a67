from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_text_content_type import ReasoningTextContentType


@_attrs_define(slots=False, repr=False)
class ReasoningTextContent(LazyModel):
    """
    Example:
        {'text': 'Let me think step by step about this problem...', 'type': 'reasoning_text'}

    Attributes:
        text (str):
        type (ReasoningTextContentType):
    """

    text: str
    type: ReasoningTextContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "reasoning_text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.reasoning_text_content_type import ReasoningTextContentType

        def type_(raw__: Any) -> Any:
            type = ReasoningTextContentType(raw__)

            return type

        return {
            "type": type_,
        }
