from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.api_error_type import ApiErrorType


@_attrs_define(slots=False, repr=False)
class ChatStreamChunkErrorMetadata(LazyModel):
    """Structured error metadata

    Attributes:
        error_type (ApiErrorType): Canonical OpenRouter error type, stable across all API formats Example:
            rate_limit_exceeded.
        provider_code (str | None): Upstream provider-specific error code, when available
    """

    error_type: ApiErrorType
    provider_code: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error_type", "error_type"),
        ("provider_code", "provider_code"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error_type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.api_error_type import ApiErrorType

        def error_type_(raw__: Any) -> Any:
            error_type = ApiErrorType(raw__)

            return error_type

        return {
            "error_type": error_type_,
        }
