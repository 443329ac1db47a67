from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.session_cost_meta_version import SessionCostMetaVersion


@_attrs_define(slots=False, repr=False)
class SessionCostMeta(LazyModel):
    """
    Attributes:
        as_of (str): ISO-8601 timestamp when the response was generated. Example: 2026-05-12T02:00:00.000Z.
        version (SessionCostMetaVersion): Dataset version.
        window_days (int | None): Number of days in the weekly session sample window, or null when no snapshot is
            published. Example: 30.
        window_end_date (str | None): UTC date of the final day in the session sample window, or null when no snapshot
            is published. Example: 2026-05-11.
    """

    as_of: str
    version: SessionCostMetaVersion
    window_days: int | None
    window_end_date: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("as_of", "as_of"),
        ("version", "version"),
        ("window_days", "window_days"),
        ("window_end_date", "window_end_date"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "as_of",
            "version",
            "window_days",
            "window_end_date",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("version", "v1"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.session_cost_meta_version import SessionCostMetaVersion

        def version_(raw__: Any) -> Any:
            version = SessionCostMetaVersion(raw__)

            return version

        def window_days_(raw__: Any) -> Any:
            def _parse_window_days(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            window_days = _parse_window_days(raw__)

            return window_days

        def window_end_date_(raw__: Any) -> Any:
            def _parse_window_end_date(data: object) -> None | str:
                if data is None:
                    return data
                return cast(None | str, data)

            window_end_date = _parse_window_end_date(raw__)

            return window_end_date

        return {
            "version": version_,
            "window_days": window_days_,
            "window_end_date": window_end_date_,
        }
