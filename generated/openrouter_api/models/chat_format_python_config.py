from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_format_python_config_type import ChatFormatPythonConfigType


@_attrs_define(slots=False, repr=False)
class ChatFormatPythonConfig(LazyModel):
    """Python code response format

    Example:
        {'type': 'python'}

    Attributes:
        type (ChatFormatPythonConfigType):
    """

    type: ChatFormatPythonConfigType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "python"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.chat_format_python_config_type import ChatFormatPythonConfigType

        def type_(raw__: Any) -> Any:
            type = ChatFormatPythonConfigType(raw__)

            return type

        return {
            "type": type_,
        }
