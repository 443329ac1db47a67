from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.shell_call_output_content_outcome_timeout_type import (
        ShellCallOutputContentOutcomeTimeoutType,
    )


@_attrs_define(slots=False, repr=False)
class ShellCallOutputContentOutcomeTimeout(LazyModel):
    """
    Attributes:
        type (ShellCallOutputContentOutcomeTimeoutType):
    """

    type: ShellCallOutputContentOutcomeTimeoutType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "timeout"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.shell_call_output_content_outcome_timeout_type import (
            ShellCallOutputContentOutcomeTimeoutType,
        )

        def type_(raw__: Any) -> Any:
            type = ShellCallOutputContentOutcomeTimeoutType(raw__)

            return type

        return {
            "type": type_,
        }
