from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ServerToolUseDetails(LazyModel):
    """Usage for server-side tool execution (e.g., web search)

    Example:
        {'tool_calls_executed': 2, 'tool_calls_requested': 2, 'web_search_requests': 2}

    Attributes:
        tool_calls_executed (int | None): Number of OpenRouter server tool calls that executed and produced a result.
        tool_calls_requested (int | None): Total number of OpenRouter server-orchestrated tool calls the model
            requested, across all tool types. Provider-native tools (e.g. native web search) are not counted here.
        web_search_requests (int | None): Number of web searches performed by server-side tools. For server-orchestrated
            tool calls a web search is also counted in tool_calls_requested; provider-native web search may report
            web_search_requests only. Do not sum the two.
    """

    tool_calls_executed: int | None = ABSENT
    tool_calls_requested: int | None = ABSENT
    web_search_requests: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("tool_calls_executed", "tool_calls_executed"),
        ("tool_calls_requested", "tool_calls_requested"),
        ("web_search_requests", "web_search_requests"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
