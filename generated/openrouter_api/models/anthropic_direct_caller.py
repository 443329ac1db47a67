from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_direct_caller_type import AnthropicDirectCallerType


@_attrs_define(slots=False, repr=False)
class AnthropicDirectCaller(LazyModel):
    """
    Example:
        {'type': 'direct'}

    Attributes:
        type (AnthropicDirectCallerType):
    """

    type: AnthropicDirectCallerType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "direct"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.anthropic_direct_caller_type import AnthropicDirectCallerType

        def type_(raw__: Any) -> Any:
            type = AnthropicDirectCallerType(raw__)

            return type

        return {
            "type": type_,
        }
