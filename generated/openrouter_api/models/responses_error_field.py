from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.responses_error_field_code import ResponsesErrorFieldCode


@_attrs_define(slots=False, repr=False)
class ResponsesErrorField(LazyModel):
    """Error information returned from the API

    Example:
        {'code': 'rate_limit_exceeded', 'message': 'Rate limit exceeded. Please try again later.'}

    Attributes:
        code (ResponsesErrorFieldCode):
        message (str):
    """

    code: ResponsesErrorFieldCode
    message: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.responses_error_field_code import ResponsesErrorFieldCode

        def code_(raw__: Any) -> Any:
            code = ResponsesErrorFieldCode(raw__)

            return code

        return {
            "code": code_,
        }
