from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.apply_patch_engine_enum import ApplyPatchEngineEnum


@_attrs_define(slots=False, repr=False)
class ApplyPatchServerToolConfig(LazyModel):
    """Configuration for the openrouter:apply_patch server tool

    Example:
        {'engine': 'auto'}

    Attributes:
        engine (ApplyPatchEngineEnum | None): Which apply_patch engine to use. "auto" (default) uses native passthrough
            when the endpoint advertises native apply_patch support, otherwise falls back to OpenRouter's HITL validator.
            "native" forces native passthrough — when the endpoint does not support native, the request falls back to HITL.
            "openrouter" always runs the HITL validator. Native passthrough streams the diff incrementally via
            `apply_patch_call_operation_diff.delta` events; HITL buffers the diff for atomic delivery as a single delta.
            Example: auto.
    """

    engine: ApplyPatchEngineEnum | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("engine", "engine"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.apply_patch_engine_enum import ApplyPatchEngineEnum

        def engine_(raw__: Any) -> Any:
            engine = ApplyPatchEngineEnum(raw__)

            return engine

        return {
            "engine": engine_,
        }
