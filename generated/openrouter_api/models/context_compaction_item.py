from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.context_compaction_item_type import ContextCompactionItemType


@_attrs_define(slots=False, repr=False)
class ContextCompactionItem(LazyModel):
    """A context compaction marker with an optional encrypted summary

    Example:
        {'encrypted_content': 'enc_abc123...', 'type': 'context_compaction'}

    Attributes:
        type (ContextCompactionItemType):
        encrypted_content (str | None):
        id (str | None):
    """

    type: ContextCompactionItemType
    encrypted_content: str | None = ABSENT
    id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("encrypted_content", "encrypted_content"),
        ("id", "id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "context_compaction"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.context_compaction_item_type import ContextCompactionItemType

        def type_(raw__: Any) -> Any:
            type = ContextCompactionItemType(raw__)

            return type

        return {
            "type": type_,
        }
