from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.create_embeddings_request_input_item_content_item_text_type import (
        CreateEmbeddingsRequestInputItemContentItemTextType,
    )


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsRequestInputItemContentItemText(LazyModel):
    """
    Attributes:
        text (str):
        type (CreateEmbeddingsRequestInputItemContentItemTextType):
    """

    text: str
    type: CreateEmbeddingsRequestInputItemContentItemTextType
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
        from ..models.create_embeddings_request_input_item_content_item_text_type import (
            CreateEmbeddingsRequestInputItemContentItemTextType,
        )

        def type_(raw__: Any) -> Any:
            type = CreateEmbeddingsRequestInputItemContentItemTextType(raw__)

            return type

        return {
            "type": type_,
        }
