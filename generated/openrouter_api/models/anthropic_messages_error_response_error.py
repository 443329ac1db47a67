from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_messages_error_response_error_type import (
        AnthropicMessagesErrorResponseErrorType,
    )
    from ..models.api_error_type import ApiErrorType


@_attrs_define(slots=False, repr=False)
class AnthropicMessagesErrorResponseError(LazyModel):
    """
    Attributes:
        message (str):
        type (AnthropicMessagesErrorResponseErrorType):
        error_type (ApiErrorType | None): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
    """

    message: str
    type: AnthropicMessagesErrorResponseErrorType
    error_type: ApiErrorType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("type", "type"),
        ("error_type", "error_type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_messages_error_response_error_type import (
            AnthropicMessagesErrorResponseErrorType,
        )
        from ..models.api_error_type import ApiErrorType

        def type_(raw__: Any) -> Any:
            type = AnthropicMessagesErrorResponseErrorType(raw__)

            return type

        def error_type_(raw__: Any) -> Any:
            error_type = ApiErrorType(raw__)

            return error_type

        return {
            "type": type_,
            "error_type": error_type_,
        }
