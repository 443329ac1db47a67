"""POST /videos: Submit a video generation request"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.video_generation_response import VideoGenerationResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.video_generation_request import VideoGenerationRequest

METHOD = "POST"
PATH = "/videos"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: VideoGenerationRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> VideoGenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_202 = VideoGenerationResponse.from_dict(response.json())

    return response_202
