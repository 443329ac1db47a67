from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.prediction_content_text import PredictionContentText
    from ..models.prediction_type import PredictionType


@_attrs_define(slots=False, repr=False)
class Prediction(LazyModel):
    """Static predicted output content. Supported models can use this to reduce latency when much of the response is known
    in advance.

        Example:
            {'content': 'Expected response', 'type': 'content'}

        Attributes:
            content (list[PredictionContentText] | str):
            type (PredictionType):
    """

    content: list[PredictionContentText] | str
    type: PredictionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "content"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.prediction_content_text import PredictionContentText
        from ..models.prediction_type import PredictionType

        def content_(raw__: Any) -> Any:
            def _parse_content(data: object) -> list[PredictionContentText] | str:
                if isinstance(data, list):
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:
                        content_type_1_item = PredictionContentText.from_dict(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                return cast(list[PredictionContentText] | str, data)

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = PredictionType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
