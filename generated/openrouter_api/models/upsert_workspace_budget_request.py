from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class UpsertWorkspaceBudgetRequest(LazyModel):
    """
    Example:
        {'include_byok_in_budgets': True, 'limit_usd': 100}

    Attributes:
        limit_usd (float): Spending limit in USD. Must be greater than 0. Example: 100.
        include_byok_in_budgets (bool | None): Whether to include BYOK (bring-your-own-key) spend when enforcing the
            workspace's budgets. This is a workspace-wide setting: it applies to every budget interval (daily, weekly,
            monthly, and lifetime), not just the interval being upserted in this request. Omit to leave the current setting
            unchanged. Example: True.
    """

    limit_usd: float
    include_byok_in_budgets: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("limit_usd", "limit_usd"),
        ("include_byok_in_budgets", "include_byok_in_budgets"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "limit_usd",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
