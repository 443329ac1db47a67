from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.content_part_input_file_type import ContentPartInputFileType
    from ..models.multimodal_media import MultimodalMedia


@_attrs_define(slots=False, repr=False)
class ContentPartInputFile(LazyModel):
    """
    Example:
        {'input_file': {'data': 'data:application/pdf;base64,JVBERi0xLjQKJeLjz9MKMyAw...', 'format': 'pdf'}, 'type':
            'input_file'}

    Attributes:
        input_file (MultimodalMedia):  Example: {'data': 'data:audio/wav;base64,UklGRiQAAABXQVZFZm10IBAAAAA...',
            'format': 'wav'}.
        type (ContentPartInputFileType):
    """

    input_file: MultimodalMedia
    type: ContentPartInputFileType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_file", "input_file"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_file",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_file",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_file"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_part_input_file_type import ContentPartInputFileType
        from ..models.multimodal_media import MultimodalMedia

        def input_file_(raw__: Any) -> Any:
            input_file = MultimodalMedia.from_dict(raw__)

            return input_file

        def type_(raw__: Any) -> Any:
            type = ContentPartInputFileType(raw__)

            return type

        return {
            "input_file": input_file_,
            "type": type_,
        }
