"""Access to the HTTP response behind a call (headers such as ``X-Generation-Id``)."""

from __future__ import annotations

from contextvars import ContextVar
from typing import TYPE_CHECKING, Any, Generic, TypeVar

if TYPE_CHECKING:
    import httpx

R = TypeVar("R")

# While a ``with_raw_response`` call runs, the client appends each HTTP response it receives here.
captured_responses: ContextVar[list[httpx.Response] | None] = ContextVar(
    "openrouter_captured_responses", default=None
)


class APIResponse(Generic[R]):
    """A call's decoded result together with the HTTP response that carried it."""

    __slots__ = ("http_response", "parsed")

    def __init__(self, parsed: R, http_response: httpx.Response) -> None:
        self.parsed = parsed
        self.http_response = http_response

    def parse(self) -> R:
        """The decoded result, as the plain call would have returned it."""
        return self.parsed

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def generation_id(self) -> str | None:
        """OpenRouter's id for the generation (``X-Generation-Id``), to look up its cost later."""
        value: str | None = self.http_response.headers.get("x-generation-id")
        return value

    @property
    def request_id(self) -> str | None:
        headers = self.http_response.headers
        value: str | None = headers.get("x-request-id") or headers.get("x-generation-id")
        return value

    def __repr__(self) -> str:
        return f"<APIResponse [{self.status_code}] {type(self.parsed).__name__}>"


def last_captured(box: list[Any], what: str) -> httpx.Response:
    if not box:
        raise RuntimeError(f"{what} made no HTTP request, so there is no raw response to return")
    response: httpx.Response = box[-1]
    return response
