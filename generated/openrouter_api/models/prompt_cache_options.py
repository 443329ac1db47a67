from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.prompt_cache_options_mode import PromptCacheOptionsMode


@_attrs_define(slots=False, repr=False)
class PromptCacheOptions(LazyModel):
    """Request-level prompt-cache controls. `mode: "explicit"` disables OpenAI-managed breakpoints so only blocks marked
    with `prompt_cache_breakpoint` are cached. Only supported by OpenAI GPT-5.6 and newer.

        Example:
            {'mode': 'explicit', 'ttl': '30m'}

        Attributes:
            mode (PromptCacheOptionsMode):
            ttl (str | None):
    """

    mode: PromptCacheOptionsMode
    ttl: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mode", "mode"),
        ("ttl", "ttl"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "mode",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("mode", "explicit"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.prompt_cache_options_mode import PromptCacheOptionsMode

        def mode_(raw__: Any) -> Any:
            mode = PromptCacheOptionsMode(raw__)

            return mode

        return {
            "mode": mode_,
        }
