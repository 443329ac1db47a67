from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.context_compression_engine import ContextCompressionEngine
    from ..models.context_compression_plugin_id import ContextCompressionPluginId


@_attrs_define(slots=False, repr=False)
class ContextCompressionPlugin(LazyModel):
    """
    Example:
        {'enabled': True, 'engine': 'middle-out', 'id': 'context-compression'}

    Attributes:
        id (ContextCompressionPluginId):
        enabled (bool | None): Set to false to disable the context-compression plugin for this request. Defaults to
            true.
        engine (ContextCompressionEngine | None): The compression engine to use. Defaults to "middle-out". Example:
            middle-out.
    """

    id: ContextCompressionPluginId
    enabled: bool | None = ABSENT
    engine: ContextCompressionEngine | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("enabled", "enabled"),
        ("engine", "engine"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("id", "context-compression"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.context_compression_engine import ContextCompressionEngine
        from ..models.context_compression_plugin_id import ContextCompressionPluginId

        def id_(raw__: Any) -> Any:
            id = ContextCompressionPluginId(raw__)

            return id

        def engine_(raw__: Any) -> Any:
            engine = ContextCompressionEngine(raw__)

            return engine

        return {
            "id": id_,
            "engine": engine_,
        }
