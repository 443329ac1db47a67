from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ShellCallItemAction(LazyModel):
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

        def max_output_length_(raw__: Any) -> Any:
            def _parse_max_output_length(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            max_output_length = _parse_max_output_length(raw__)

            return max_output_length

        def timeout_ms_(raw__: Any) -> Any:
            def _parse_timeout_ms(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            timeout_ms = _parse_timeout_ms(raw__)

            return timeout_ms

        return {
            "commands": commands_,
            "max_output_length": max_output_length_,
            "timeout_ms": timeout_ms_,
        }
