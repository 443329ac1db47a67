from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.advisor_reasoning import AdvisorReasoning


@_attrs_define(slots=False, repr=False)
class AdvisorServerToolConfig(LazyModel):
    """Configuration for one openrouter:advisor server tool entry.

    Example:
        {'model': '~anthropic/claude-opus-latest', 'name': 'reviewer'}

    Attributes:
        forward_transcript (bool | None): When true, the full parent conversation is forwarded to the advisor so it sees
            the same context the executor does (and the tool-call `prompt`, if given, is appended as a final user turn).
            When false or omitted, the advisor receives only the `prompt` the executor passes in the tool call. Example:
            False.
        instructions (str | None): System instructions for the advisor sub-agent. When omitted, the advisor responds
            with no system prompt of its own. Example: You are a senior staff engineer. Give a focused, decisive plan..
        max_completion_tokens (int | None): Maximum number of output tokens (including reasoning) the advisor may
            produce. When omitted, the provider's default applies. Example: 2048.
        model (str | None): Slug of the advisor model to consult (any OpenRouter model). When omitted, the executor can
            choose it via the tool call's `model` argument; if neither is set, the model from the outer API request is used.
            Example: ~anthropic/claude-opus-latest.
        name (str | None): Optional name for this advisor. The model sees one tool per named advisor (and one default
            for an unnamed entry). Names must be unique across advisor entries. Letters, digits, spaces, underscores, and
            dashes; trimmed; 1–64 chars. Example: reviewer.
        reasoning (AdvisorReasoning | None): Reasoning configuration forwarded to the advisor call. Use this to control
            reasoning effort and token budget for models that support extended thinking. Example: {'effort': 'high'}.
        stream (bool | None): When true, the advisor's advice streams incrementally as it is produced. In the Responses
            API this emits `response.output_text.delta` events targeting the advisor output item; the final `advice` field
            is still set on the completed item. Has no effect on the Chat Completions API (where the advice arrives only as
            the final tool result). When false or omitted, the advice arrives only as the final result. Example: False.
        temperature (float | None): Sampling temperature forwarded to the advisor call. When omitted, the provider's
            default applies. Example: 0.7.
    """

    forward_transcript: bool | None = ABSENT
    instructions: str | None = ABSENT
    max_completion_tokens: int | None = ABSENT
    model: str | None = ABSENT
    name: str | None = ABSENT
    reasoning: AdvisorReasoning | None = ABSENT
    stream: bool | None = ABSENT
    temperature: float | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("forward_transcript", "forward_transcript"),
        ("instructions", "instructions"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("model", "model"),
        ("name", "name"),
        ("reasoning", "reasoning"),
        ("stream", "stream"),
        ("temperature", "temperature"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.advisor_reasoning import AdvisorReasoning

        def reasoning_(raw__: Any) -> Any:
            reasoning = AdvisorReasoning.from_dict(raw__)

            return reasoning

        return {
            "reasoning": reasoning_,
        }
