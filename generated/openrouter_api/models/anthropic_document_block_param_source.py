from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_document_block_param_source_type import (
        AnthropicDocumentBlockParamSourceType,
    )
    from ..models.anthropic_image_block_param import AnthropicImageBlockParam
    from ..models.anthropic_text_block_param import AnthropicTextBlockParam


@_attrs_define(slots=False, repr=False)
class AnthropicDocumentBlockParamSource(LazyModel):
    """
    Attributes:
        content (list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str):
        type (AnthropicDocumentBlockParamSourceType):
    """

    content: list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str
    type: AnthropicDocumentBlockParamSourceType
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

        from ..models.anthropic_document_block_param_source_type import (
            AnthropicDocumentBlockParamSourceType,
        )
        from ..models.anthropic_image_block_param import AnthropicImageBlockParam
        from ..models.anthropic_text_block_param import AnthropicTextBlockParam

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str:
                if isinstance(data, list):
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> AnthropicImageBlockParam | AnthropicTextBlockParam:
                            if AnthropicTextBlockParam.accepts(data):
                                content_type_1_item_type_0 = (
                                    AnthropicTextBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_0
                            if AnthropicImageBlockParam.accepts(data):
                                content_type_1_item_type_1 = (
                                    AnthropicImageBlockParam.from_dict(data)
                                )

                                return content_type_1_item_type_1
                            if AnthropicTextBlockParam.discriminated_by(data):
                                return AnthropicTextBlockParam.from_dict(data)
                            if AnthropicImageBlockParam.discriminated_by(data):
                                return AnthropicImageBlockParam.from_dict(data)
                            return cast(
                                AnthropicImageBlockParam | AnthropicTextBlockParam, data
                            )

                        content_type_1_item = _parse_content_type_1_item(
                            content_type_1_item_data
                        )

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                return cast(
                    list[AnthropicImageBlockParam | AnthropicTextBlockParam] | str, data
                )

            content = _parse_content(raw__)

            return content

        def type_(raw__: Any) -> Any:
            type = AnthropicDocumentBlockParamSourceType(raw__)

            return type

        return {
            "content": content_,
            "type": type_,
        }
