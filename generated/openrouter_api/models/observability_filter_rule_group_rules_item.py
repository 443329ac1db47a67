from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group_rules_item_field import (
        ObservabilityFilterRuleGroupRulesItemField,
    )
    from ..models.observability_filter_rule_group_rules_item_operator import (
        ObservabilityFilterRuleGroupRulesItemOperator,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityFilterRuleGroupRulesItem(LazyModel):
    """
    Attributes:
        field (ObservabilityFilterRuleGroupRulesItemField):
        operator (ObservabilityFilterRuleGroupRulesItemOperator):
        value (float | str | None):
    """

    field: ObservabilityFilterRuleGroupRulesItemField
    operator: ObservabilityFilterRuleGroupRulesItemOperator
    value: float | str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("field", "field"),
        ("operator", "operator"),
        ("value", "value"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "field",
            "operator",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_filter_rule_group_rules_item_field import (
            ObservabilityFilterRuleGroupRulesItemField,
        )
        from ..models.observability_filter_rule_group_rules_item_operator import (
            ObservabilityFilterRuleGroupRulesItemOperator,
        )

        def field_(raw__: Any) -> Any:
            field = ObservabilityFilterRuleGroupRulesItemField(raw__)

            return field

        def operator_(raw__: Any) -> Any:
            operator = ObservabilityFilterRuleGroupRulesItemOperator(raw__)

            return operator

        return {
            "field": field_,
            "operator": operator_,
        }
