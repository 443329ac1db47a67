from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.error_event_error import ErrorEventError
    from ..models.error_event_type import ErrorEventType


@_attrs_define(slots=False, repr=False)
class ErrorEvent(LazyModel):
    """Event emitted when an error occurs during streaming

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.', 'param': None,
            'sequence_number': 2, 'type': 'error'}

    Attributes:
        type (ErrorEventType):
        code (str | None):
        message (str | None):
        param (str | None):
        sequence_number (int | None):
        error (ErrorEventError | None): The error, as the errors docs show it (undeclared upstream)
    """

    type: ErrorEventType
    code: str | None = ABSENT
    message: str | None = ABSENT
    param: str | None = ABSENT
    sequence_number: int | None = ABSENT
    error: ErrorEventError | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("code", "code"),
        ("message", "message"),
        ("param", "param"),
        ("sequence_number", "sequence_number"),
        ("error", "error"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "error"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.error_event_error import ErrorEventError
        from ..models.error_event_type import ErrorEventType

        def type_(raw__: Any) -> Any:
            type = ErrorEventType(raw__)

            return type

        def error_(raw__: Any) -> Any:
            error = ErrorEventError.from_dict(raw__)

            return error

        return {
            "type": type_,
            "error": error_,
        }
