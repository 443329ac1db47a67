from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.observability_filter_rule_group_logic import (
    ObservabilityFilterRuleGroupLogic,
)
from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group_rules_item import (
        ObservabilityFilterRuleGroupRulesItem,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityFilterRuleGroup(LazyModel):
    """
    Example:
        {'logic': 'and', 'rules': [{'field': 'model', 'operator': 'equals', 'value': 'openai/gpt-4o'}]}

    Attributes:
        rules (list[ObservabilityFilterRuleGroupRulesItem]):
        logic (ObservabilityFilterRuleGroupLogic | None):  Default: ObservabilityFilterRuleGroupLogic.AND.
    """

    rules: list[ObservabilityFilterRuleGroupRulesItem]
    logic: ObservabilityFilterRuleGroupLogic | None = (
        ObservabilityFilterRuleGroupLogic.AND
    )
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("rules", "rules"),
        ("logic", "logic"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "rules",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "rules",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_filter_rule_group_logic import (
            ObservabilityFilterRuleGroupLogic,
        )
        from ..models.observability_filter_rule_group_rules_item import (
            ObservabilityFilterRuleGroupRulesItem,
        )

        def rules_(raw__: Any) -> Any:
            rules = []
            _rules = raw__
            for rules_item_data in _rules:
                rules_item = ObservabilityFilterRuleGroupRulesItem.from_dict(
                    rules_item_data
                )

                rules.append(rules_item)

            return rules

        def logic_(raw__: Any) -> Any:
            logic = ObservabilityFilterRuleGroupLogic(raw__)

            return logic

        return {
            "rules": rules_,
            "logic": logic_,
        }
