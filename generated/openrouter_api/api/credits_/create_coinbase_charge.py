"""POST /credits/coinbase: Deprecated Coinbase Commerce charge endpoint"""

from __future__ import annotations

from typing import Any, cast

from ...types import ResponseLike

METHOD = "POST"
PATH = "/credits/coinbase"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ()


def build_request() -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credits/coinbase",
    }

    return _kwargs


def parse_success(response: ResponseLike) -> Any:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = cast(Any, None)
    return response_200
