from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.workspace_budget import WorkspaceBudget


@_attrs_define(slots=False, repr=False)
class ListWorkspaceBudgetsResponse(LazyModel):
    """
    Example:
        {'data': [{'created_at': '2025-08-24T10:30:00Z', 'id': '770e8400-e29b-41d4-a716-446655440000', 'limit_usd': 100,
            'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}], 'include_byok_in_budgets': False}

    Attributes:
        data (list[WorkspaceBudget]): List of budgets configured for the workspace
        include_byok_in_budgets (bool | None): Whether BYOK (bring-your-own-key) spend is included when enforcing the
            workspace's budgets. This is a workspace-wide setting that applies to all budget intervals (daily, weekly,
            monthly, and lifetime). Example: False.
    """

    data: list[WorkspaceBudget]
    include_byok_in_budgets: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("include_byok_in_budgets", "include_byok_in_budgets"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.workspace_budget import WorkspaceBudget

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = WorkspaceBudget.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
