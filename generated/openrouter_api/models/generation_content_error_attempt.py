from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class GenerationContentErrorAttempt(LazyModel):
    """A single failed upstream attempt recorded for the generation

    Example:
        {'code': 429, 'message': 'Provider returned error', 'provider_name': 'Google', 'raw':
            '{"error":{"code":429,"message":"Resource exhausted"}}'}

    Attributes:
        code (int): HTTP status returned by this attempt Example: 429.
        message (str): Error message returned by this attempt Example: Provider returned error.
        provider_name (str | None): Provider that served this attempt, when known Example: Google.
        raw (str | None): Raw error body returned by the provider, when stored Example:
            {"error":{"code":429,"message":"Resource exhausted"}}.
    """

    code: int
    message: str
    provider_name: str | None
    raw: str | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("message", "message"),
        ("provider_name", "provider_name"),
        ("raw", "raw"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
            "message",
            "provider_name",
            "raw",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
