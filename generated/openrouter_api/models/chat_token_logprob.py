from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.chat_token_logprob_top_logprobs_item import (
        ChatTokenLogprobTopLogprobsItem,
    )


@_attrs_define(slots=False, repr=False)
class ChatTokenLogprob(LazyModel):
    """Token log probability information

    Example:
        {'bytes': None, 'logprob': -0.612345, 'token': ' Hello', 'top_logprobs': [{'bytes': None, 'logprob': -0.612345,
            'token': ' Hello'}]}

    Attributes:
        bytes_ (list[int] | None): UTF-8 bytes of the token
        logprob (float): Log probability of the token
        token (str): The token
        top_logprobs (list[ChatTokenLogprobTopLogprobsItem]): Top alternative tokens with probabilities
    """

    bytes_: list[int] | None
    logprob: float
    token: str
    top_logprobs: list[ChatTokenLogprobTopLogprobsItem]
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
            "top_logprobs",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_token_logprob_top_logprobs_item import (
            ChatTokenLogprobTopLogprobsItem,
        )

        def bytes__(raw__: Any) -> Any:
            def _parse_bytes_(data: object) -> list[int] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    bytes_type_0 = cast(list[int], data)

                    return bytes_type_0
                return cast(list[int] | None, data)

            bytes_ = _parse_bytes_(raw__)

            return bytes_

        def top_logprobs_(raw__: Any) -> Any:
            top_logprobs = []
            _top_logprobs = raw__
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = ChatTokenLogprobTopLogprobsItem.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

            return top_logprobs

        return {
            "bytes_": bytes__,
            "top_logprobs": top_logprobs_,
        }
