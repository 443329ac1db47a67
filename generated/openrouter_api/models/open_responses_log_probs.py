from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.open_responses_top_logprobs import OpenResponsesTopLogprobs


@_attrs_define(slots=False, repr=False)
class OpenResponsesLogProbs(LazyModel):
    """Log probability information for a token

    Example:
        {'logprob': -0.1, 'token': 'world', 'top_logprobs': [{'logprob': -0.5, 'token': 'hello'}]}

    Attributes:
        logprob (float):
        token (str):
        bytes_ (list[int] | None):
        top_logprobs (list[OpenResponsesTopLogprobs] | None):
    """

    logprob: float
    token: str
    bytes_: list[int] | None = ABSENT
    top_logprobs: list[OpenResponsesTopLogprobs] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("logprob", "logprob"),
        ("token", "token"),
        ("bytes_", "bytes"),
        ("top_logprobs", "top_logprobs"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "logprob",
            "token",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.open_responses_top_logprobs import OpenResponsesTopLogprobs

        def bytes__(raw__: Any) -> Any:
            bytes_ = cast(list[int], raw__)

            return bytes_

        def top_logprobs_(raw__: Any) -> Any:
            top_logprobs = []
            _top_logprobs = raw__
            for top_logprobs_item_data in _top_logprobs:
                top_logprobs_item = OpenResponsesTopLogprobs.from_dict(
                    top_logprobs_item_data
                )

                top_logprobs.append(top_logprobs_item)

            return top_logprobs

        return {
            "bytes_": bytes__,
            "top_logprobs": top_logprobs_,
        }
