from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.moderation_plugin_id import ModerationPluginId


@_attrs_define(slots=False, repr=False)
class ModerationPlugin(LazyModel):
    """
    Example:
        {'id': 'moderation'}

    Attributes:
        id (ModerationPluginId):
    """

    id: ModerationPluginId
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("id", "id"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "moderation"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.moderation_plugin_id import ModerationPluginId

        def id_(raw__: Any) -> Any:
            id = ModerationPluginId(raw__)

            return id

        return {
            "id": id_,
        }
