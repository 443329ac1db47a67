from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class BulkRemoveWorkspaceMembersRequest(LazyModel):
    """
    Example:
        {'user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        user_ids (list[str]): List of user IDs to remove from the workspace Example: ['user_abc123', 'user_def456'].
    """

    user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("user_ids", "user_ids"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "user_ids",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "user_ids",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def user_ids_(raw__: Any) -> Any:
            user_ids = cast(list[str], raw__)

            return user_ids

        return {
            "user_ids": user_ids_,
        }
