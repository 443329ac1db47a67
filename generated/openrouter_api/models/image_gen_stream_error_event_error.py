from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class ImageGenStreamErrorEventError(LazyModel):
    """Provider error details

    Attributes:
        message (str): Provider error message
        code (None | str | Unset): Provider error code, when supplied
        param (None | str | Unset): Request parameter associated with the error, when supplied
        type (None | str | Unset): Provider error type, when supplied
    """

    message: str
    code: None | str | Unset = UNSET
    param: None | str | Unset = UNSET
    type: None | str | Unset = UNSET
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
            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            code = _parse_code(raw__)

            return code

        def param_(raw__: Any) -> Any:
            def _parse_param(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            param = _parse_param(raw__)

            return param

        def type_(raw__: Any) -> Any:
            def _parse_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            type = _parse_type(raw__)

            return type

        return {
            "code": code_,
            "param": param_,
            "type": type_,
        }
