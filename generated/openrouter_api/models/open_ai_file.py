from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_file_object import OpenAIFileObject
    from ..models.open_ai_file_purpose import OpenAIFilePurpose
    from ..models.open_ai_file_shape import OpenAIFileShape
    from ..models.open_ai_file_status import OpenAIFileStatus


@_attrs_define(slots=False, repr=False)
class OpenAIFile(LazyModel):
    """A stored file in OpenAI's Files API shape.

    Example:
        {'_shape': 'openai', 'bytes': 1024000, 'created_at': 1735689600, 'filename': 'document.pdf', 'id':
            'or_file_011CNha8iCJcU1wXNR6q4V8w', 'object': 'file', 'purpose': 'user_data', 'status': 'processed'}

    Attributes:
        field_shape (OpenAIFileShape):
        bytes_ (int):
        created_at (int):
        filename (str):
        id (str):
        object (OpenAIFileObject):
        purpose (OpenAIFilePurpose):
        status (OpenAIFileStatus):
    """

    field_shape: OpenAIFileShape
    bytes_: int
    created_at: int
    filename: str
    id: str
    object: OpenAIFileObject
    purpose: OpenAIFilePurpose
    status: OpenAIFileStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field_shape", "_shape"),
        ("bytes_", "bytes"),
        ("created_at", "created_at"),
        ("filename", "filename"),
        ("id", "id"),
        ("object", "object"),
        ("purpose", "purpose"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "_shape",
            "bytes",
            "created_at",
            "filename",
            "id",
            "object",
            "purpose",
            "status",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("_shape", "openai"),
        ("object", "file"),
        ("status", "processed"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_ai_file_object import OpenAIFileObject
        from ..models.open_ai_file_purpose import OpenAIFilePurpose
        from ..models.open_ai_file_shape import OpenAIFileShape
        from ..models.open_ai_file_status import OpenAIFileStatus

        def field_shape_(raw__: Any) -> Any:
            field_shape = OpenAIFileShape(raw__)

            return field_shape

        def object_(raw__: Any) -> Any:
            object = OpenAIFileObject(raw__)

            return object

        def purpose_(raw__: Any) -> Any:
            purpose = OpenAIFilePurpose(raw__)

            return purpose

        def status_(raw__: Any) -> Any:
            status = OpenAIFileStatus(raw__)

            return status

        return {
            "field_shape": field_shape_,
            "object": object_,
            "purpose": purpose_,
            "status": status_,
        }
