from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_text_type import InputTextType
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


@_attrs_define(slots=False, repr=False)
class InputText(LazyModel):
    """Text input content item

    Example:
        {'text': 'Hello, how can I help you?', 'type': 'input_text'}

    Attributes:
        text (str):
        type (InputTextType):
        prompt_cache_breakpoint (PromptCacheBreakpoint | None):
    """

    text: str
    type: InputTextType
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
        ("prompt_cache_breakpoint", "prompt_cache_breakpoint"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_text_type import InputTextType
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

        def type_(raw__: Any) -> Any:
            type = InputTextType(raw__)

            return type

        def prompt_cache_breakpoint_(raw__: Any) -> Any:
            def _parse_prompt_cache_breakpoint(
                data: object,
            ) -> None | PromptCacheBreakpoint:
                if data is None:
                    return data
                if PromptCacheBreakpoint.accepts(data):
                    prompt_cache_breakpoint_type_0 = PromptCacheBreakpoint.from_dict(
                        data
                    )

                    return prompt_cache_breakpoint_type_0
                if PromptCacheBreakpoint.discriminated_by(data):
                    return PromptCacheBreakpoint.from_dict(data)
                return cast(None | PromptCacheBreakpoint, data)

            prompt_cache_breakpoint = _parse_prompt_cache_breakpoint(raw__)

            return prompt_cache_breakpoint

        return {
            "type": type_,
            "prompt_cache_breakpoint": prompt_cache_breakpoint_,
        }
