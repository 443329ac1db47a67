"""GET /generation: Get request & usage metadata for a generation"""

from __future__ import annotations

from typing import Any

from ...models.generation_response import GenerationResponse
from ...types import UNSET, ResponseLike

METHOD = "GET"
PATH = "/generation"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    id: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/generation",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GenerationResponse.from_dict(response.json())

    return response_200
