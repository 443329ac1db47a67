from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ProviderPreferencesMaxPrice(LazyModel):
    """The object specifying the maximum price you want to pay for this request. USD price per million tokens, for prompt
    and completion.

        Attributes:
            audio (str | None): Maximum price in USD per audio unit
            completion (str | None): Maximum price in USD per million completion tokens
            image (str | None): Maximum price in USD per image
            prompt (str | None): Maximum price in USD per million prompt tokens
            request (str | None): Maximum price in USD per request
    """

    audio: str | None = ABSENT
    completion: str | None = ABSENT
    image: str | None = ABSENT
    prompt: str | None = ABSENT
    request: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("audio", "audio"),
        ("completion", "completion"),
        ("image", "image"),
        ("prompt", "prompt"),
        ("request", "request"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
