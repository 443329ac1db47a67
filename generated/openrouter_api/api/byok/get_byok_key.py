"""GET /byok/{id}: Get a BYOK provider credential"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ...types import ResponseLike

if TYPE_CHECKING:
    from ...models.get_byok_key_response import GetBYOKKeyResponse

METHOD = "GET"
PATH = "/byok/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/byok/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetBYOKKeyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    from ...models.get_byok_key_response import GetBYOKKeyResponse

    response_200 = GetBYOKKeyResponse.from_dict(response.json())

    return response_200
