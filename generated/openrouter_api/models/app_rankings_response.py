from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.app_rankings_item import AppRankingsItem
    from ..models.rankings_daily_meta import RankingsDailyMeta


@_attrs_define(slots=False, repr=False)
class AppRankingsResponse(LazyModel):
    """
    Example:
        {'data': [{'app_id': 12345, 'app_name': 'Cline', 'rank': 1, 'total_requests': 4321, 'total_tokens': '12345678'},
            {'app_id': 67890, 'app_name': 'Roo Code', 'rank': 2, 'total_requests': 2109, 'total_tokens': '9876543'}],
            'meta': {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version':
            'v1'}}

    Attributes:
        data (list[AppRankingsItem]): Apps ranked per the requested `sort`, re-numbered 1..N after category filtering.
            `popular` sorts by `total_tokens` descending; `trending` sorts by absolute excess token growth descending and
            may return fewer than `limit` rows when few apps are growing.
        meta (RankingsDailyMeta):  Example: {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11',
            'start_date': '2026-04-12', 'version': 'v1'}.
    """

    data: list[AppRankingsItem]
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

        from ..models.app_rankings_item import AppRankingsItem
        from ..models.rankings_daily_meta import RankingsDailyMeta

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = AppRankingsItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        def meta_(raw__: Any) -> Any:
            meta = RankingsDailyMeta.from_dict(raw__)

            return meta

        return {
            "data": data_,
            "meta": meta_,
        }
