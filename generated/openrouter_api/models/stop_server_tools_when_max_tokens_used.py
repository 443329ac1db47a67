from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.stop_server_tools_when_max_tokens_used_type import (
        StopServerToolsWhenMaxTokensUsedType,
    )


@_attrs_define(slots=False, repr=False)
class StopServerToolsWhenMaxTokensUsed(LazyModel):
    """Stop once cumulative token usage across the loop exceeds this threshold.

    Example:
        {'max_tokens': 10000, 'type': 'max_tokens_used'}

    Attributes:
        max_tokens (int):
        type (StopServerToolsWhenMaxTokensUsedType):
    """

    max_tokens: int
    type: StopServerToolsWhenMaxTokensUsedType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_tokens", "max_tokens"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "max_tokens",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "max_tokens_used"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.stop_server_tools_when_max_tokens_used_type import (
            StopServerToolsWhenMaxTokensUsedType,
        )

        def type_(raw__: Any) -> Any:
            type = StopServerToolsWhenMaxTokensUsedType(raw__)

            return type

        return {
            "type": type_,
        }
