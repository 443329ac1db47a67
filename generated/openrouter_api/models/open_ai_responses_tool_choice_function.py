from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.open_ai_responses_tool_choice_function_type import (
        OpenAIResponsesToolChoiceFunctionType,
    )


@_attrs_define(slots=False, repr=False)
class OpenAIResponsesToolChoiceFunction(LazyModel):
    """
    Attributes:
        name (str):
        type (OpenAIResponsesToolChoiceFunctionType):
    """

    name: str
    type: OpenAIResponsesToolChoiceFunctionType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("name", "name"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "name",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "function"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.open_ai_responses_tool_choice_function_type import (
            OpenAIResponsesToolChoiceFunctionType,
        )

        def type_(raw__: Any) -> Any:
            type = OpenAIResponsesToolChoiceFunctionType(raw__)

            return type

        return {
            "type": type_,
        }
