from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.response_healing_plugin_id import ResponseHealingPluginId


@_attrs_define(slots=False, repr=False)
class ResponseHealingPlugin(LazyModel):
    """
    Example:
        {'enabled': True, 'id': 'response-healing'}

    Attributes:
        id (ResponseHealingPluginId):
        enabled (bool | None): Set to false to disable the response-healing plugin for this request. Defaults to true.
    """

    id: ResponseHealingPluginId
    enabled: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("enabled", "enabled"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "response-healing"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.response_healing_plugin_id import ResponseHealingPluginId

        def id_(raw__: Any) -> Any:
            id = ResponseHealingPluginId(raw__)

            return id

        return {
            "id": id_,
        }
