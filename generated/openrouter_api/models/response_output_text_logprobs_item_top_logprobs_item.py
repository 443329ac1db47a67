from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ResponseOutputTextLogprobsItemTopLogprobsItem(LazyModel):
    """
    Attributes:
        bytes_ (list[int]):
        logprob (float):
        token (str):
    """

    bytes_: list[int]
    logprob: float
    token: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bytes_", "bytes"),
        ("logprob", "logprob"),
        ("token", "token"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "bytes",
            "logprob",
            "token",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "bytes",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def bytes__(raw__: Any) -> Any:
            bytes_ = cast(list[int], raw__)

            return bytes_

        return {
            "bytes_": bytes__,
        }
