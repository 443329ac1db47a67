from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class OutputShellServerToolItemAction(LazyModel):
    """
    Attributes:
        commands (list[str]):
        max_output_length (int | None):
        timeout_ms (int | None):
    """

    commands: list[str]
    max_output_length: int | None = ABSENT
    timeout_ms: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("commands", "commands"),
        ("max_output_length", "max_output_length"),
        ("timeout_ms", "timeout_ms"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "commands",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "commands",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def commands_(raw__: Any) -> Any:
            commands = cast(list[str], raw__)

            return commands

        return {
            "commands": commands_,
        }
