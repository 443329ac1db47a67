"""DELETE /byok/{id}: Delete a BYOK provider credential"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ...models.delete_byok_key_response import DeleteBYOKKeyResponse
from ...types import ResponseLike

METHOD = "DELETE"
PATH = "/byok/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/byok/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> DeleteBYOKKeyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = DeleteBYOKKeyResponse.from_dict(response.json())

    return response_200
