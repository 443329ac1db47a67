from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class BulkAssignMembersRequest(LazyModel):
    """
    Example:
        {'member_user_ids': ['user_abc123', 'user_def456']}

    Attributes:
        member_user_ids (list[str]): Array of member user IDs to assign to the guardrail Example: ['user_abc123',
            'user_def456'].
    """

    member_user_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("member_user_ids", "member_user_ids"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "member_user_ids",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "member_user_ids",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def member_user_ids_(raw__: Any) -> Any:
            member_user_ids = cast(list[str], raw__)

            return member_user_ids

        return {
            "member_user_ids": member_user_ids_,
        }
