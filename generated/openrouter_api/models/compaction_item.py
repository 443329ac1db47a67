from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.compaction_item_type import CompactionItemType


@_attrs_define(slots=False, repr=False)
class CompactionItem(LazyModel):
    """A context compaction marker with encrypted summary

    Example:
        {'encrypted_content': 'enc_abc123...', 'type': 'compaction'}

    Attributes:
        encrypted_content (str):
        type (CompactionItemType):
        id (str | None):
    """

    encrypted_content: str
    type: CompactionItemType
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("encrypted_content", "encrypted_content"),
        ("type", "type"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "encrypted_content",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "compaction"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.compaction_item_type import CompactionItemType

        def type_(raw__: Any) -> Any:
            type = CompactionItemType(raw__)

            return type

        return {
            "type": type_,
        }
