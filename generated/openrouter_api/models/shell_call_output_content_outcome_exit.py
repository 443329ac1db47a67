from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.shell_call_output_content_outcome_exit_type import (
        ShellCallOutputContentOutcomeExitType,
    )


@_attrs_define(slots=False, repr=False)
class ShellCallOutputContentOutcomeExit(LazyModel):
    """
    Attributes:
        exit_code (int):
        type (ShellCallOutputContentOutcomeExitType):
    """

    exit_code: int
    type: ShellCallOutputContentOutcomeExitType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("exit_code", "exit_code"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "exit_code",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "exit"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.shell_call_output_content_outcome_exit_type import (
            ShellCallOutputContentOutcomeExitType,
        )

        def type_(raw__: Any) -> Any:
            type = ShellCallOutputContentOutcomeExitType(raw__)

            return type

        return {
            "type": type_,
        }
