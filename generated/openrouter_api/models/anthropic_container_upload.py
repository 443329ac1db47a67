from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_container_upload_type import AnthropicContainerUploadType


@_attrs_define(slots=False, repr=False)
class AnthropicContainerUpload(LazyModel):
    """
    Example:
        {'file_id': 'file_01abc', 'type': 'container_upload'}

    Attributes:
        file_id (str):
        type (AnthropicContainerUploadType):
    """

    file_id: str
    type: AnthropicContainerUploadType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file_id", "file_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "container_upload"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_container_upload_type import (
            AnthropicContainerUploadType,
        )

        def type_(raw__: Any) -> Any:
            type = AnthropicContainerUploadType(raw__)

            return type

        return {
            "type": type_,
        }
