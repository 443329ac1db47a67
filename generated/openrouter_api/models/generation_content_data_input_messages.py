from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class GenerationContentDataInputMessages(LazyModel):
    """
    Attributes:
        messages (list[Any]):  Example: [{'content': 'What is the meaning of life?', 'role': 'user'}].
    """

    messages: list[Any]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("messages", "messages"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "messages",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def messages_(raw__: Any) -> Any:
            messages = cast(list[Any], raw__)

            return messages

        return {
            "messages": messages_,
        }
