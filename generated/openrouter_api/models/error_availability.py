from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ErrorAvailability(LazyModel):
    """Why no provider could serve the request (availability errors; undeclared upstream)

    Attributes:
        code (str | None): Machine-readable reason, e.g. capacity_exhausted, model_not_found
        retryable (bool | None):
        retry_after (float | None): Seconds to wait before retrying
        requested_models (list[str] | None):
        affected_providers (list[str] | None):
        fallback_models (list[str] | None):
        excluded_by (list[str] | None):
        docs_url (str | None):
    """

    code: str | None = ABSENT
    retryable: bool | None = ABSENT
    retry_after: float | None = ABSENT
    requested_models: list[str] | None = ABSENT
    affected_providers: list[str] | None = ABSENT
    fallback_models: list[str] | None = ABSENT
    excluded_by: list[str] | None = ABSENT
    docs_url: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("retryable", "retryable"),
        ("retry_after", "retry_after"),
        ("requested_models", "requested_models"),
        ("affected_providers", "affected_providers"),
        ("fallback_models", "fallback_models"),
        ("excluded_by", "excluded_by"),
        ("docs_url", "docs_url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def requested_models_(raw__: Any) -> Any:
            requested_models = cast(list[str], raw__)

            return requested_models

        def affected_providers_(raw__: Any) -> Any:
            affected_providers = cast(list[str], raw__)

            return affected_providers

        def fallback_models_(raw__: Any) -> Any:
            fallback_models = cast(list[str], raw__)

            return fallback_models

        def excluded_by_(raw__: Any) -> Any:
            excluded_by = cast(list[str], raw__)

            return excluded_by

        return {
            "requested_models": requested_models_,
            "affected_providers": affected_providers_,
            "fallback_models": fallback_models_,
            "excluded_by": excluded_by_,
        }
