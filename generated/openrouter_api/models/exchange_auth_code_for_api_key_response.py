from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ExchangeAuthCodeForAPIKeyResponse(LazyModel):
    """
    Example:
        {'key': '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', 'user_id':
            'user_2yOPcMpKoQhcd4bVgSMlELRaIah'}

    Attributes:
        key (str): The API key to use for OpenRouter requests Example: sk-
            or-v1-0e6f44a47a05f1dad2ad7e88c4c1d6b77688157716fb1a5271146f7464951c96.
        user_id (str | None): User ID associated with the API key Example: user_2yOPcMpKoQhcd4bVgSMlELRaIah.
    """

    key: str
    user_id: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("key", "key"),
        ("user_id", "user_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "key",
            "user_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
