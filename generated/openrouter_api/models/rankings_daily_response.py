from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.rankings_daily_item import RankingsDailyItem
    from ..models.rankings_daily_meta import RankingsDailyMeta


@_attrs_define(slots=False, repr=False)
class RankingsDailyResponse(LazyModel):
    """
    Example:
        {'data': [{'date': '2026-05-11', 'model_permaslug': 'openai/gpt-4o-2024-05-13', 'total_tokens': '12345678'},
            {'date': '2026-05-11', 'model_permaslug': 'anthropic/claude-3.5-sonnet-20241022', 'total_tokens': '9876543'}],
            'meta': {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version':
            'v1'}}

    Attributes:
        data (list[RankingsDailyItem]): Up to 51 rows per day — the top 50 public models by `total_tokens` for each UTC
            calendar date in the window, plus one aggregated `other` row summing every model outside that top 50 (omitted
            when the long tail is empty). Rows are sorted by `date` ascending, then by `total_tokens` descending, with
            `other` pinned last within its date. Ties between real models break alphabetically on `model_permaslug` so the
            order is stable across requests.
        meta (RankingsDailyMeta):  Example: {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11',
            'start_date': '2026-04-12', 'version': 'v1'}.
    """

    data: list[RankingsDailyItem]
    meta: RankingsDailyMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("meta", "meta"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "meta",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "meta",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.rankings_daily_item import RankingsDailyItem
        from ..models.rankings_daily_meta import RankingsDailyMeta

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = RankingsDailyItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        def meta_(raw__: Any) -> Any:
            meta = RankingsDailyMeta.from_dict(raw__)

            return meta

        return {
            "data": data_,
            "meta": meta_,
        }
