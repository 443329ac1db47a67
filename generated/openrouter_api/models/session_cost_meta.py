from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

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

        return {
            "version": version_,
        }
