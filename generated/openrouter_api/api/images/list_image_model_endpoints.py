"""GET /images/models/{author}/{slug}/endpoints: List endpoints for an image model"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.image_model_endpoints_response import ImageModelEndpointsResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/images/models/{author}/{slug}/endpoints"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    author: str,
    slug: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/models/{author}/{slug}/endpoints".format(
            author=quote(str(author), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ImageModelEndpointsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ImageModelEndpointsResponse.from_dict(response.json())

    return response_200
