"""POST /embeddings: Submit an embedding request"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_embeddings_response import CreateEmbeddingsResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.create_embeddings_request import CreateEmbeddingsRequest

METHOD = "POST"
PATH = "/embeddings"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: CreateEmbeddingsRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/embeddings",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateEmbeddingsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = CreateEmbeddingsResponse.from_dict(response.json())

    return response_200
