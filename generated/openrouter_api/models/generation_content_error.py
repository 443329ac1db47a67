from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.generation_content_error_attempt import GenerationContentErrorAttempt


@_attrs_define(slots=False, repr=False)
class GenerationContentError(LazyModel):
    """The stored failure for this generation, or null when it succeeded

    Example:
        {'message': 'Timed out waiting for the provider', 'previous_errors': [{'code': 429, 'message': 'Provider
            returned error', 'provider_name': 'Google', 'raw': '{"error":{"code":429,"message":"Resource exhausted"}}'}],
            'provider_name': 'Vertex', 'raw': '{"error":{"code":504,"message":"Deadline exceeded"}}', 'status': 504}

    Attributes:
        message (str | None): Error message returned to the client Example: Timed out waiting for the provider.
        previous_errors (list[GenerationContentErrorAttempt]): Every upstream attempt that failed before the returned
            error, in attempt order
        provider_name (str | None): Provider whose error was returned to the client, when known Example: Vertex.
        raw (str | None): Raw error body behind the returned error, when stored Example:
            {"error":{"code":504,"message":"Deadline exceeded"}}.
        status (int | None): HTTP status returned to the client Example: 504.
    """

    message: str | None
    previous_errors: list[GenerationContentErrorAttempt]
    provider_name: str | None
    raw: str | None
    status: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("previous_errors", "previous_errors"),
        ("provider_name", "provider_name"),
        ("raw", "raw"),
        ("status", "status"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
            "previous_errors",
            "provider_name",
            "raw",
            "status",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "previous_errors",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.generation_content_error_attempt import (
            GenerationContentErrorAttempt,
        )

        def previous_errors_(raw__: Any) -> Any:
            previous_errors = []
            _previous_errors = raw__
            for previous_errors_item_data in _previous_errors:
                previous_errors_item = GenerationContentErrorAttempt.from_dict(
                    previous_errors_item_data
                )

                previous_errors.append(previous_errors_item)

            return previous_errors

        return {
            "previous_errors": previous_errors_,
        }
