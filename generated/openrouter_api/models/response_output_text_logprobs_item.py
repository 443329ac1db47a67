from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.response_output_text_logprobs_item_top_logprobs_item import (
        ResponseOutputTextLogprobsItemTopLogprobsItem,
    )


@_attrs_define(slots=False, repr=False)
class ResponseOutputTextLogprobsItem(LazyModel):
    """
    Attributes:
        bytes_ (list[int]):
        logprob (float):
        token (str):
        top_logprobs (list[ResponseOutputTextLogprobsItemTopLogprobsItem]):
    """

    bytes_: list[int]
    logprob: float
    token: str
    top_logprobs: list[ResponseOutputTextLogprobsItemTopLogprobsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bytes_", "bytes"),
        ("logprob", "logprob"),
        ("token", "token"),
        ("top_logprobs", "top_logprobs"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "bytes",
            "logprob",
            "token",
            "top_logprobs",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "bytes",
            "top_logprobs",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.response_output_text_logprobs_item_top_logprobs_item import (
            ResponseOutputTextLogprobsItemTopLogprobsItem,
        )

        def bytes__(raw__: Any) -> Any:
            bytes_ = cast(list[int], raw__)

            return bytes_

        def top_logprobs_(raw__: Any) -> Any:
            top_logprobs = []
            _top_logprobs = raw__
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = (
                    ResponseOutputTextLogprobsItemTopLogprobsItem.from_dict(
                        top_logprobs_item_data
                    )
                )

                top_logprobs.append(top_logprobs_item)

            return top_logprobs

        return {
            "bytes_": bytes__,
            "top_logprobs": top_logprobs_,
        }
