from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.rankings_daily_meta_version import RankingsDailyMetaVersion


@_attrs_define(slots=False, repr=False)
class RankingsDailyMeta(LazyModel):
    """
    Example:
        {'as_of': '2026-05-12T02:00:00.000Z', 'end_date': '2026-05-11', 'start_date': '2026-04-12', 'version': 'v1'}

    Attributes:
        as_of (str): ISO-8601 timestamp of when the response was generated. Reflects data-freshness because the
            underlying materialized view continuously ingests upstream events. Example: 2026-05-12T02:00:00.000Z.
        end_date (str): Resolved end of the date window (UTC, inclusive). Example: 2026-05-11.
        start_date (str): Resolved start of the date window (UTC, inclusive). Example: 2026-04-12.
        version (RankingsDailyMetaVersion): Dataset version. Field names and grain are stable for the life of `v1`.
    """

    as_of: str
    end_date: str
    start_date: str
    version: RankingsDailyMetaVersion
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("as_of", "as_of"),
        ("end_date", "end_date"),
        ("start_date", "start_date"),
        ("version", "version"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "as_of",
            "end_date",
            "start_date",
            "version",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("version", "v1"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.rankings_daily_meta_version import RankingsDailyMetaVersion

        def version_(raw__: Any) -> Any:
            version = RankingsDailyMetaVersion(raw__)

            return version

        return {
            "version": version_,
        }
