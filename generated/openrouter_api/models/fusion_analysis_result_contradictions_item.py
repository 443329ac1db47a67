from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.fusion_analysis_result_contradictions_item_stances_item import (
        FusionAnalysisResultContradictionsItemStancesItem,
    )


@_attrs_define(slots=False, repr=False)
class FusionAnalysisResultContradictionsItem(LazyModel):
    """
    Attributes:
        stances (list[FusionAnalysisResultContradictionsItemStancesItem]):
        topic (str):
    """

    stances: list[FusionAnalysisResultContradictionsItemStancesItem]
    topic: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("stances", "stances"),
        ("topic", "topic"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "stances",
            "topic",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "stances",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.fusion_analysis_result_contradictions_item_stances_item import (
            FusionAnalysisResultContradictionsItemStancesItem,
        )

        def stances_(raw__: Any) -> Any:
            stances = []
            _stances = raw__
            for stances_item_data in _stances:
                stances_item = (
                    FusionAnalysisResultContradictionsItemStancesItem.from_dict(
                        stances_item_data
                    )
                )

                stances.append(stances_item)

            return stances

        return {
            "stances": stances_,
        }
