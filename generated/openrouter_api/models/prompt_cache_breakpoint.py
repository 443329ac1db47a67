from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.prompt_cache_breakpoint_mode import PromptCacheBreakpointMode


@_attrs_define(slots=False, repr=False)
class PromptCacheBreakpoint(LazyModel):
    """Marks an explicit prompt-cache boundary on this content block (OpenAI-style). Everything through the block carrying
    this marker is part of the candidate cached prefix. Supported natively by OpenAI GPT-5.6 and newer; on providers
    that use Anthropic-style `cache_control`, OpenRouter converts the marker to that format automatically.

        Example:
            {'mode': 'explicit'}

        Attributes:
            mode (PromptCacheBreakpointMode):
    """

    mode: PromptCacheBreakpointMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("mode", "mode"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "mode",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("mode", "explicit"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.prompt_cache_breakpoint_mode import PromptCacheBreakpointMode

        def mode_(raw__: Any) -> Any:
            mode = PromptCacheBreakpointMode(raw__)

            return mode

        return {
            "mode": mode_,
        }
