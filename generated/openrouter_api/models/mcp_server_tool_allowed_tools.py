from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class McpServerToolAllowedTools(LazyModel):
    """
    Attributes:
        read_only (bool | None):
        tool_names (list[str] | None):
    """

    read_only: bool | None = ABSENT
    tool_names: list[str] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("read_only", "read_only"),
        ("tool_names", "tool_names"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def tool_names_(raw__: Any) -> Any:
            tool_names = cast(list[str], raw__)

            return tool_names

        return {
            "tool_names": tool_names_,
        }
