"""GET /videos/{job_id}: Poll video generation status"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.video_generation_response import VideoGenerationResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/videos/{job_id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    job_id: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> VideoGenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = VideoGenerationResponse.from_dict(response.json())

    return response_200
