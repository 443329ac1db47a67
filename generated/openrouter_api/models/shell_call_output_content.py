from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.shell_call_output_content_outcome_exit import (
        ShellCallOutputContentOutcomeExit,
    )
    from ..models.shell_call_output_content_outcome_timeout import (
        ShellCallOutputContentOutcomeTimeout,
    )


@_attrs_define(slots=False, repr=False)
class ShellCallOutputContent(LazyModel):
    """Captured stdout and stderr for one command of a shell call, with its exit or timeout outcome.

    Example:
        {'outcome': {'exit_code': 0, 'type': 'exit'}, 'stderr': '', 'stdout': 'total 0\\n'}

    Attributes:
        outcome (ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout):
        stderr (str):
        stdout (str):
    """

    outcome: ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout
    stderr: str
    stdout: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("outcome", "outcome"),
        ("stderr", "stderr"),
        ("stdout", "stdout"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "outcome",
            "stderr",
            "stdout",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.shell_call_output_content_outcome_exit import (
            ShellCallOutputContentOutcomeExit,
        )
        from ..models.shell_call_output_content_outcome_timeout import (
            ShellCallOutputContentOutcomeTimeout,
        )

        def outcome_(raw__: Any) -> Any:
            def _parse_outcome(
                data: object,
            ) -> (
                ShellCallOutputContentOutcomeExit | ShellCallOutputContentOutcomeTimeout
            ):
                if ShellCallOutputContentOutcomeExit.accepts(data):
                    outcome_type_0 = ShellCallOutputContentOutcomeExit.from_dict(data)

                    return outcome_type_0
                if ShellCallOutputContentOutcomeTimeout.accepts(data):
                    outcome_type_1 = ShellCallOutputContentOutcomeTimeout.from_dict(
                        data
                    )

                    return outcome_type_1
                if ShellCallOutputContentOutcomeExit.discriminated_by(data):
                    return ShellCallOutputContentOutcomeExit.from_dict(data)
                if ShellCallOutputContentOutcomeTimeout.discriminated_by(data):
                    return ShellCallOutputContentOutcomeTimeout.from_dict(data)
                return cast(
                    ShellCallOutputContentOutcomeExit
                    | ShellCallOutputContentOutcomeTimeout,
                    data,
                )

            outcome = _parse_outcome(raw__)

            return outcome

        return {
            "outcome": outcome_,
        }
