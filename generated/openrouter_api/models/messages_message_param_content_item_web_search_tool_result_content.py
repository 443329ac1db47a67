from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.messages_message_param_content_item_web_search_tool_result_content_error_code import (
        MessagesMessageParamContentItemWebSearchToolResultContentErrorCode,
    )
    from ..models.messages_message_param_content_item_web_search_tool_result_content_type import (
        MessagesMessageParamContentItemWebSearchToolResultContentType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesMessageParamContentItemWebSearchToolResultContent(LazyModel):
    """
    Attributes:
        error_code (MessagesMessageParamContentItemWebSearchToolResultContentErrorCode):
        type (MessagesMessageParamContentItemWebSearchToolResultContentType):
    """

    error_code: MessagesMessageParamContentItemWebSearchToolResultContentErrorCode
    type: MessagesMessageParamContentItemWebSearchToolResultContentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error_code", "error_code"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error_code",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "web_search_tool_result_error"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.messages_message_param_content_item_web_search_tool_result_content_error_code import (
            MessagesMessageParamContentItemWebSearchToolResultContentErrorCode,
        )
        from ..models.messages_message_param_content_item_web_search_tool_result_content_type import (
            MessagesMessageParamContentItemWebSearchToolResultContentType,
        )

        def error_code_(raw__: Any) -> Any:
            error_code = (
                MessagesMessageParamContentItemWebSearchToolResultContentErrorCode(
                    raw__
                )
            )

            return error_code

        def type_(raw__: Any) -> Any:
            type = MessagesMessageParamContentItemWebSearchToolResultContentType(raw__)

            return type

        return {
            "error_code": error_code_,
            "type": type_,
        }
