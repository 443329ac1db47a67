from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class MessagesRequestToolsItemCustomInputSchema(LazyModel):
    """
    Attributes:
        properties (Any | None):
        required (list[str] | None):
        type (str | None):  Default: 'object'.
    """

    properties: Any | None = ABSENT
    required: list[str] | None = ABSENT
    type: str | None = "object"
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
            def _parse_required(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    required_type_0 = cast(list[str], data)

                    return required_type_0
                return cast(list[str] | None, data)

            required = _parse_required(raw__)

            return required

        return {
            "required": required_,
        }
