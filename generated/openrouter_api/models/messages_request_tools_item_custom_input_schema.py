from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolsItemCustomInputSchema(LazyModel):
    """
    Attributes:
        properties (Any | Unset):
        required (list[str] | None | Unset):
        type (str | Unset):  Default: 'object'.
    """

    properties: Any | Unset = UNSET
    required: list[str] | None | Unset = UNSET
    type: str | Unset = "object"
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("properties", "properties"),
        ("required", "required"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def required_(raw__: Any) -> Any:
            def _parse_required(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                if isinstance(data, list):
                    required_type_0 = cast(list[str], data)

                    return required_type_0
                return cast(list[str] | None | Unset, data)

            required = _parse_required(raw__)

            return required

        return {
            "required": required_,
        }
