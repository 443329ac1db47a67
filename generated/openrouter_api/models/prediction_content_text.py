from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.prediction_content_text_type import PredictionContentTextType


@_attrs_define(slots=False, repr=False)
class PredictionContentText(LazyModel):
    """Text content part for a predicted output.

    Example:
        {'text': 'Expected response', 'type': 'text'}

    Attributes:
        text (str):
        type (PredictionContentTextType):
    """

    text: str
    type: PredictionContentTextType
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
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.prediction_content_text_type import PredictionContentTextType

        def type_(raw__: Any) -> Any:
            type = PredictionContentTextType(raw__)

            return type

        return {
            "type": type_,
        }
