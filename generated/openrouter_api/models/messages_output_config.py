from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.messages_output_config_effort import MessagesOutputConfigEffort
    from ..models.messages_output_config_format import MessagesOutputConfigFormat
    from ..models.messages_output_config_task_budget import (
        MessagesOutputConfigTaskBudget,
    )


@_attrs_define(slots=False, repr=False)
class MessagesOutputConfig(LazyModel):
    """Configuration for controlling output behavior. Supports the effort parameter and structured output format.

    Example:
        {'effort': 'medium'}

    Attributes:
        effort (MessagesOutputConfigEffort | None): How much effort the model should put into its response. Higher
            effort levels may result in more thorough analysis but take longer. Valid values are `low`, `medium`, `high`,
            `xhigh`, or `max`. Example: medium.
        format (MessagesOutputConfigFormat | None): A schema to specify Claude's output format in responses. See
            [structured outputs](https://platform.claude.com/docs/en/build-with-claude/structured-outputs).
        task_budget (MessagesOutputConfigTaskBudget | None): Task budget for an agentic turn. The model sees a countdown
            of remaining tokens and uses it to prioritize work and wind down gracefully. Advisory — does not enforce a hard
            cap. Example: {'total': 400000, 'type': 'tokens'}.
    """

    effort: MessagesOutputConfigEffort | None = ABSENT
    format: MessagesOutputConfigFormat | None = ABSENT
    task_budget: MessagesOutputConfigTaskBudget | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("effort", "effort"),
        ("format", "format"),
        ("task_budget", "task_budget"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.messages_output_config_effort import MessagesOutputConfigEffort
        from ..models.messages_output_config_format import MessagesOutputConfigFormat
        from ..models.messages_output_config_task_budget import (
            MessagesOutputConfigTaskBudget,
        )

        def effort_(raw__: Any) -> Any:
            def _parse_effort(data: object) -> MessagesOutputConfigEffort | None:
                if data is None:
                    return data
                if MessagesOutputConfigEffort.is_declared(data):
                    effort_type_0 = MessagesOutputConfigEffort(data)

                    return effort_type_0
                if isinstance(data, str):
                    return MessagesOutputConfigEffort(data)
                return cast(MessagesOutputConfigEffort | None, data)

            effort = _parse_effort(raw__)

            return effort

        def format_(raw__: Any) -> Any:
            def _parse_format(data: object) -> MessagesOutputConfigFormat | None:
                if data is None:
                    return data
                if MessagesOutputConfigFormat.accepts(data):
                    format_type_0 = MessagesOutputConfigFormat.from_dict(data)

                    return format_type_0
                if MessagesOutputConfigFormat.discriminated_by(data):
                    return MessagesOutputConfigFormat.from_dict(data)
                return cast(MessagesOutputConfigFormat | None, data)

            format = _parse_format(raw__)

            return format

        def task_budget_(raw__: Any) -> Any:
            def _parse_task_budget(
                data: object,
            ) -> MessagesOutputConfigTaskBudget | None:
                if data is None:
                    return data
                if MessagesOutputConfigTaskBudget.accepts(data):
                    task_budget_type_0 = MessagesOutputConfigTaskBudget.from_dict(data)

                    return task_budget_type_0
                if MessagesOutputConfigTaskBudget.discriminated_by(data):
                    return MessagesOutputConfigTaskBudget.from_dict(data)
                return cast(MessagesOutputConfigTaskBudget | None, data)

            task_budget = _parse_task_budget(raw__)

            return task_budget

        return {
            "effort": effort_,
            "format": format_,
            "task_budget": task_budget_,
        }
