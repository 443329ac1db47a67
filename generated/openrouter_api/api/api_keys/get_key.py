"""GET /keys/{hash_}: Get a single API key"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.get_key_response import GetKeyResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/keys/{hash_}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    hash_: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/keys/{hash_}".format(
            hash_=quote(str(hash_), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetKeyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetKeyResponse.from_dict(response.json())

    return response_200
