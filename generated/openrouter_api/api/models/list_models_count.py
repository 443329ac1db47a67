"""GET /models/count: Get total count of available models"""

from __future__ import annotations

from typing import Any

from ...models.models_count_response import ModelsCountResponse
from ...types import UNSET, ResponseLike, Unset

METHOD = "GET"
PATH = "/models/count"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    output_modalities: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["output_modalities"] = output_modalities

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/models/count",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ModelsCountResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ModelsCountResponse.from_dict(response.json())

    return response_200
