from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class OpenResponsesTopLogprobs(LazyModel):
    """Alternative token with its log probability

    Example:
        {'logprob': -0.5, 'token': 'hello'}

    Attributes:
        bytes_ (list[int] | None):
        logprob (float | None):
        token (str | None):
    """

    bytes_: list[int] | None = ABSENT
    logprob: float | None = ABSENT
    token: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("bytes_", "bytes"),
        ("logprob", "logprob"),
        ("token", "token"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def bytes__(raw__: Any) -> Any:
            bytes_ = cast(list[int], raw__)

            return bytes_

        return {
            "bytes_": bytes__,
        }
