from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_output_config_task_budget_type import (
        MessagesOutputConfigTaskBudgetType,
    )


@_attrs_define(slots=False, repr=False)
class MessagesOutputConfigTaskBudget(LazyModel):
    """
    Attributes:
        total (int):
        type (MessagesOutputConfigTaskBudgetType):
        remaining (int | None):
    """

    total: int
    type: MessagesOutputConfigTaskBudgetType
    remaining: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("total", "total"),
        ("type", "type"),
        ("remaining", "remaining"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "total",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "tokens"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_output_config_task_budget_type import (
            MessagesOutputConfigTaskBudgetType,
        )

        def type_(raw__: Any) -> Any:
            type = MessagesOutputConfigTaskBudgetType(raw__)

            return type

        return {
            "type": type_,
        }
