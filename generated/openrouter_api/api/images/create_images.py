"""POST /images: Generate an image"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.image_generation_response import ImageGenerationResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.image_generation_request import ImageGenerationRequest

METHOD = "POST"
PATH = "/images"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: ImageGenerationRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/images",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> ImageGenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ImageGenerationResponse.from_dict(response.json())

    return response_200
