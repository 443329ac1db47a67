from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ImageGenStreamErrorEventError(LazyModel):
    """Provider error details

    Attributes:
        message (str): Provider error message
        code (str | None): Provider error code, when supplied
        param (str | None): Request parameter associated with the error, when supplied
        type (str | None): Provider error type, when supplied
    """

    message: str
    code: str | None = ABSENT
    param: str | None = ABSENT
    type: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("code", "code"),
        ("param", "param"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def code_(raw__: Any) -> Any:
            def _parse_code(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            code = _parse_code(raw__)

            return code

        def param_(raw__: Any) -> Any:
            def _parse_param(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            param = _parse_param(raw__)

            return param

        def type_(raw__: Any) -> Any:
            def _parse_type(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            type = _parse_type(raw__)

            return type

        return {
            "code": code_,
            "param": param_,
            "type": type_,
        }
