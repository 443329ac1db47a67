from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_image_output_type import (
        CodeInterpreterImageOutputType,
    )


@_attrs_define(slots=False, repr=False)
class CodeInterpreterImageOutput(LazyModel):
    """
    Example:
        {'type': 'image', 'url': 'https://example.com/plot.png'}

    Attributes:
        type (CodeInterpreterImageOutputType):
        url (str):
    """

    type: CodeInterpreterImageOutputType
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("url", "url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "image"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.code_interpreter_image_output_type import (
            CodeInterpreterImageOutputType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterImageOutputType(raw__)

            return type

        return {
            "type": type_,
        }
