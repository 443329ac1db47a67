from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_cache_control import ChatContentCacheControl
    from ..models.chat_content_text_type import ChatContentTextType
    from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint


@_attrs_define(slots=False, repr=False)
class ChatContentText(LazyModel):
    """Text content part

    Example:
        {'text': 'Hello, world!', 'type': 'text'}

    Attributes:
        text (str):
        type (ChatContentTextType):
        cache_control (ChatContentCacheControl | None): Anthropic-style cache breakpoint for the content part.
            Interchangeable with the OpenAI-style `prompt_cache_breakpoint` marker: OpenRouter converts between the two
            based on the provider serving the request. Example: {'ttl': '5m', 'type': 'ephemeral'}.
        prompt_cache_breakpoint (PromptCacheBreakpoint | None):
    """

    text: str
    type: ChatContentTextType
    cache_control: ChatContentCacheControl | None = ABSENT
    prompt_cache_breakpoint: PromptCacheBreakpoint | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("text", "text"),
        ("type", "type"),
        ("cache_control", "cache_control"),
        ("prompt_cache_breakpoint", "prompt_cache_breakpoint"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "text",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "text"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_content_cache_control import ChatContentCacheControl
        from ..models.chat_content_text_type import ChatContentTextType
        from ..models.prompt_cache_breakpoint import PromptCacheBreakpoint

        def type_(raw__: Any) -> Any:
            type = ChatContentTextType(raw__)

            return type

        def cache_control_(raw__: Any) -> Any:
            cache_control = ChatContentCacheControl.from_dict(raw__)

            return cache_control

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
            "cache_control": cache_control_,
            "prompt_cache_breakpoint": prompt_cache_breakpoint_,
        }
