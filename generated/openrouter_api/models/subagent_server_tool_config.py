from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.subagent_nested_tool import SubagentNestedTool
    from ..models.subagent_reasoning import SubagentReasoning


@_attrs_define(slots=False, repr=False)
class SubagentServerToolConfig(LazyModel):
    """Configuration for one openrouter:subagent server tool entry.

    Example:
        {'model': '~anthropic/claude-haiku-latest', 'name': 'summarizer'}

    Attributes:
        inherit_functions (bool | None): EXPERIMENTAL — subject to change without notice. When true, the subagent
            inherits every client function defined in the request's top-level `tools` list. Supported on the Responses API
            (`/api/v1/responses`) only; other APIs reject it with a `400`. Example: True.
        inherited_function_names (list[str] | None): EXPERIMENTAL — subject to change without notice. Names of the top-
            level function tools that the subagent will inherit. Any tool that matches by name will be copied fully into the
            tools array of the subagent. When `inherit_functions` is `true`, this list does nothing, because every client
            function will be inherited by default. Names are trimmed before validation, so a whitespace-only name is
            rejected with a `400`. Supported on the Responses API (`/api/v1/responses`) only; other APIs reject it with a
            `400`. Example: ['lookup_order'].
        instructions (str | None): System instructions for the subagent. When omitted, the subagent responds with no
            system prompt of its own. Example: You are a fast, focused worker. Complete the task exactly as described..
        max_completion_tokens (int | None): Maximum number of output tokens (including reasoning) the subagent may
            produce. When omitted, the provider's default applies. Example: 2048.
        max_tool_calls (int | None): Maximum number of tool-calling steps the subagent may take during its agentic loop.
            Capped at 25. Only relevant when the subagent is given tools. Forwarded to the subagent call as
            `max_tool_calls`. Example: 5.
        model (str | None): Slug of the model that executes delegated tasks (any OpenRouter model). Typically a smaller,
            cheaper, faster model than the one delegating. When omitted, the model from the outer API request is used. The
            subagent tool itself cannot be the subagent model. Example: ~anthropic/claude-haiku-latest.
        name (str | None): Optional name for this subagent. The model sees one tool per named subagent (and one default
            for an unnamed entry). Names must be unique across subagent entries. Letters, digits, spaces, underscores, and
            dashes; trimmed; 1–64 chars. Example: summarizer.
        reasoning (SubagentReasoning | None): Reasoning configuration forwarded to the subagent call. Use this to
            control reasoning effort and token budget for models that support extended thinking. Example: {'effort': 'low'}.
        temperature (float | None): Sampling temperature forwarded to the subagent call. When omitted, the provider's
            default applies. Example: 0.7.
        tools (list[SubagentNestedTool] | None): Tools the subagent may use while executing a delegated task. The
            subagent runs as an agentic sub-agent over these tools, then returns its outcome. Only OpenRouter server tools
            are supported — function tools are rejected — and the list must not include the subagent tool itself.
    """

    inherit_functions: bool | None = ABSENT
    inherited_function_names: list[str] | None = ABSENT
    instructions: str | None = ABSENT
    max_completion_tokens: int | None = ABSENT
    max_tool_calls: int | None = ABSENT
    model: str | None = ABSENT
    name: str | None = ABSENT
    reasoning: SubagentReasoning | None = ABSENT
    temperature: float | None = ABSENT
    tools: list[SubagentNestedTool] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("inherit_functions", "inherit_functions"),
        ("inherited_function_names", "inherited_function_names"),
        ("instructions", "instructions"),
        ("max_completion_tokens", "max_completion_tokens"),
        ("max_tool_calls", "max_tool_calls"),
        ("model", "model"),
        ("name", "name"),
        ("reasoning", "reasoning"),
        ("temperature", "temperature"),
        ("tools", "tools"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.subagent_nested_tool import SubagentNestedTool
        from ..models.subagent_reasoning import SubagentReasoning

        def inherited_function_names_(raw__: Any) -> Any:
            inherited_function_names = cast(list[str], raw__)

            return inherited_function_names

        def reasoning_(raw__: Any) -> Any:
            reasoning = SubagentReasoning.from_dict(raw__)

            return reasoning

        def tools_(raw__: Any) -> Any:
            tools = []
            _tools = raw__
            for tools_item_data in _tools:
                tools_item = SubagentNestedTool.from_dict(tools_item_data)

                tools.append(tools_item)

            return tools

        return {
            "inherited_function_names": inherited_function_names_,
            "reasoning": reasoning_,
            "tools": tools_,
        }
