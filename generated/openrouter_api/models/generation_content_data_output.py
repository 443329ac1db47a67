from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class GenerationContentDataOutput(LazyModel):
    """The output from the generation

    Attributes:
        completion (str | None): The completion output Example: The meaning of life is a philosophical question....
        reasoning (str | None): Reasoning/thinking output, if any
    """

    completion: str | None
    reasoning: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("completion", "completion"),
        ("reasoning", "reasoning"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "completion",
            "reasoning",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
