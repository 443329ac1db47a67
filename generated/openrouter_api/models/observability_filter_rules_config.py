from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.observability_filter_rule_group import ObservabilityFilterRuleGroup


@_attrs_define(slots=False, repr=False)
class ObservabilityFilterRulesConfig(LazyModel):
    """Optional structured filter rules controlling which events are forwarded.

    Attributes:
        groups (list[ObservabilityFilterRuleGroup]):
        enabled (bool | None):  Default: True.
    """

    groups: list[ObservabilityFilterRuleGroup]
    enabled: bool | None = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("groups", "groups"),
        ("enabled", "enabled"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "groups",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "groups",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_filter_rule_group import (
            ObservabilityFilterRuleGroup,
        )

        def groups_(raw__: Any) -> Any:
            groups = []
            _groups = raw__
            for groups_item_data in _groups:
                groups_item = ObservabilityFilterRuleGroup.from_dict(groups_item_data)

                groups.append(groups_item)

            return groups

        return {
            "groups": groups_,
        }
