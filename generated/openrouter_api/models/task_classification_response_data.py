from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.task_classification_item import TaskClassificationItem
    from ..models.task_classification_macro_category import (
        TaskClassificationMacroCategory,
    )


@_attrs_define(slots=False, repr=False)
class TaskClassificationResponseData(LazyModel):
    """
    Attributes:
        as_of (str): UTC date (YYYY-MM-DD) of the window upper bound (yesterday). Data is exclusive of the current
            incomplete UTC day. This is the expected latest date in the snapshot; it does not confirm data presence for that
            date. Example: 2026-06-17.
        classifications (list[TaskClassificationItem]): Per-task classification market-share data, sorted by usage_share
            descending.
        macro_categories (list[TaskClassificationMacroCategory]): Aggregate market-share data per macro-category (code,
            data, agent, general).
        window_days (int): Number of trailing days covered by this snapshot. Example: 7.
    """

    as_of: str
    classifications: list[TaskClassificationItem]
    macro_categories: list[TaskClassificationMacroCategory]
    window_days: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("as_of", "as_of"),
        ("classifications", "classifications"),
        ("macro_categories", "macro_categories"),
        ("window_days", "window_days"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "as_of",
            "classifications",
            "macro_categories",
            "window_days",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "classifications",
            "macro_categories",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.task_classification_item import TaskClassificationItem
        from ..models.task_classification_macro_category import (
            TaskClassificationMacroCategory,
        )

        def classifications_(raw__: Any) -> Any:
            classifications = []
            _classifications = raw__
            for classifications_item_data in _classifications:
                classifications_item = TaskClassificationItem.from_dict(
                    classifications_item_data
                )

                classifications.append(classifications_item)

            return classifications

        def macro_categories_(raw__: Any) -> Any:
            macro_categories = []
            _macro_categories = raw__
            for macro_categories_item_data in _macro_categories:
                macro_categories_item = TaskClassificationMacroCategory.from_dict(
                    macro_categories_item_data
                )

                macro_categories.append(macro_categories_item)

            return macro_categories

        return {
            "classifications": classifications_,
            "macro_categories": macro_categories_,
        }
