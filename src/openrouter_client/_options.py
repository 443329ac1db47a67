"""Per-call options every method accepts, and the small value types they use."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypedDict

if TYPE_CHECKING:
    import httpx


class RequestOptions(TypedDict, total=False):
    """Options for one call, on top of the client's configuration.

    ``extra_body``/``extra_query``/``extra_headers`` pass what the spec does not know yet; they are
    merged last, so they win over the typed arguments.
    """

    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    timeout: float | httpx.Timeout | None
    max_retries: int


OPTION_NAMES = frozenset(RequestOptions.__annotations__)


def split_options(params: dict[str, Any]) -> RequestOptions:
    """Remove the per-call options from ``params`` (in place) and return them."""
    options: dict[str, Any] = {}
    for name in OPTION_NAMES.intersection(params):
        options[name] = params.pop(name)
    return options  # type: ignore[return-value]
