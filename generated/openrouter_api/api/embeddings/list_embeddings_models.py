"""GET /embeddings/models: List all embeddings models"""

from __future__ import annotations

from typing import Any

from ...models.models_list_response import ModelsListResponse
from ...types import UNSET, ResponseLike, Unset

METHOD = "GET"
PATH = "/embeddings/models"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    offset: int | None | Unset = 0,
    limit: int | Unset = 500,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/embeddings/models",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ModelsListResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ModelsListResponse.from_dict(response.json())

    return response_200
