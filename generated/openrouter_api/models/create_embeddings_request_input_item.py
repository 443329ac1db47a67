from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_image import ContentPartImage
    from ..models.content_part_input_audio import ContentPartInputAudio
    from ..models.content_part_input_file import ContentPartInputFile
    from ..models.content_part_input_video import ContentPartInputVideo
    from ..models.create_embeddings_request_input_item_content_item_text import (
        CreateEmbeddingsRequestInputItemContentItemText,
    )


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsRequestInputItem(LazyModel):
    """
    Attributes:
        content (list[ContentPartImage | ContentPartInputAudio | ContentPartInputFile | ContentPartInputVideo |
            CreateEmbeddingsRequestInputItemContentItemText]):
    """

    content: list[
        ContentPartImage
        | ContentPartInputAudio
        | ContentPartInputFile
        | ContentPartInputVideo
        | CreateEmbeddingsRequestInputItemContentItemText
    ]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("content", "content"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_image import ContentPartImage
        from ..models.content_part_input_audio import ContentPartInputAudio
        from ..models.content_part_input_file import ContentPartInputFile
        from ..models.content_part_input_video import ContentPartInputVideo
        from ..models.create_embeddings_request_input_item_content_item_text import (
            CreateEmbeddingsRequestInputItemContentItemText,
        )

        def content_(raw__: Any) -> Any:
            content = []
            _content = raw__
            for content_item_data in _content:

                def _parse_content_item(
                    data: object,
                ) -> (
                    ContentPartImage
                    | ContentPartInputAudio
                    | ContentPartInputFile
                    | ContentPartInputVideo
                    | CreateEmbeddingsRequestInputItemContentItemText
                ):
                    if CreateEmbeddingsRequestInputItemContentItemText.accepts(data):
                        content_item_type_0 = (
                            CreateEmbeddingsRequestInputItemContentItemText.from_dict(
                                data
                            )
                        )

                        return content_item_type_0
                    if ContentPartImage.accepts(data):
                        content_item_type_1 = ContentPartImage.from_dict(data)

                        return content_item_type_1
                    if ContentPartInputAudio.accepts(data):
                        content_item_type_2 = ContentPartInputAudio.from_dict(data)

                        return content_item_type_2
                    if ContentPartInputVideo.accepts(data):
                        content_item_type_3 = ContentPartInputVideo.from_dict(data)

                        return content_item_type_3
                    if ContentPartInputFile.accepts(data):
                        content_item_type_4 = ContentPartInputFile.from_dict(data)

                        return content_item_type_4
                    if CreateEmbeddingsRequestInputItemContentItemText.discriminated_by(
                        data
                    ):
                        return (
                            CreateEmbeddingsRequestInputItemContentItemText.from_dict(
                                data
                            )
                        )
                    if ContentPartImage.discriminated_by(data):
                        return ContentPartImage.from_dict(data)
                    if ContentPartInputAudio.discriminated_by(data):
                        return ContentPartInputAudio.from_dict(data)
                    if ContentPartInputVideo.discriminated_by(data):
                        return ContentPartInputVideo.from_dict(data)
                    if ContentPartInputFile.discriminated_by(data):
                        return ContentPartInputFile.from_dict(data)
                    return cast(
                        ContentPartImage
                        | ContentPartInputAudio
                        | ContentPartInputFile
                        | ContentPartInputVideo
                        | CreateEmbeddingsRequestInputItemContentItemText,
                        data,
                    )

                content_item = _parse_content_item(content_item_data)

                content.append(content_item)

            return content

        return {
            "content": content_,
        }
