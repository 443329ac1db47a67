from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class UnifiedBenchmarksSearchRunConfig(LazyModel):
    """Published lane configuration, included only when include_run_config=true. Only the agent turn count, reasoning
    effort, and temperature are exposed; other harness settings are intentionally not part of the public contract.

        Attributes:
            max_agent_turns (int | None): Agent-turn count for the published lane, or null for plugin lanes. Example: 25.
            reasoning_effort (str | None): Reasoning effort configured for the published lane, or null when omitted.
                Example: high.
            temperature (float | None): Sampling temperature configured for the published lane, or null when omitted.
                Example: 0.2.
    """

    max_agent_turns: int | None
    reasoning_effort: str | None
    temperature: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("max_agent_turns", "max_agent_turns"),
        ("reasoning_effort", "reasoning_effort"),
        ("temperature", "temperature"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "max_agent_turns",
            "reasoning_effort",
            "temperature",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
