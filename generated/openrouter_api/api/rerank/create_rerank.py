"""POST /rerank: Submit a rerank request"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_rerank_response import CreateRerankResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.create_rerank_request import CreateRerankRequest

METHOD = "POST"
PATH = "/rerank"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: CreateRerankRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/rerank",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateRerankResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = CreateRerankResponse.from_dict(response.json())

    return response_200
