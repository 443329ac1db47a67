"""DELETE /keys/{hash_}: Delete an API key"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.delete_keys_response import DeleteKeysResponse
from ...types import ResponseLike

METHOD = "DELETE"
PATH = "/keys/{hash_}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    hash_: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/keys/{hash_}".format(
            hash_=quote(str(hash_), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> DeleteKeysResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = DeleteKeysResponse.from_dict(response.json())

    return response_200
