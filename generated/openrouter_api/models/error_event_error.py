from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class ErrorEventError(LazyModel):
    """The error, as the errors docs show it (undeclared upstream)

    Attributes:
        code (int | str | Unset):
        message (str | Unset):
    """

    code: int | str | Unset = UNSET
    message: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def code_(raw__: Any) -> Any:
            def _parse_code(data: object) -> int | str | Unset:
                if isinstance(data, Unset):
                    return data
                return cast(int | str | Unset, data)

            code = _parse_code(raw__)

            return code

        return {
            "code": code_,
        }
