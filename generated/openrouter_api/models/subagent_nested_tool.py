from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.subagent_nested_tool_parameters import SubagentNestedToolParameters


@_attrs_define(slots=False, repr=False)
class SubagentNestedTool(LazyModel):
    """A tool made available to the subagent. Only OpenRouter server tools (e.g. openrouter:web_search) are supported;
    function tools are rejected because the worker has no way to execute them. The subagent tool may not list itself.

        Example:
            {'type': 'openrouter:web_search'}

        Attributes:
            type (str):
            parameters (SubagentNestedToolParameters | None):
    """

    type: str
    parameters: SubagentNestedToolParameters | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("parameters", "parameters"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.subagent_nested_tool_parameters import (
            SubagentNestedToolParameters,
        )

        def parameters_(raw__: Any) -> Any:
            parameters = SubagentNestedToolParameters.from_dict(raw__)

            return parameters

        return {
            "parameters": parameters_,
        }
