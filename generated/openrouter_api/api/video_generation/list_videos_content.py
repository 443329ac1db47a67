"""GET /videos/{job_id}/content: Download generated video content"""

from __future__ import annotations

from io import BytesIO
from typing import Any
from urllib.parse import quote

from ...types import UNSET, File, ResponseLike, Unset

METHOD = "GET"
PATH = "/videos/{job_id}/content"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/octet-stream",)


def build_request(
    job_id: str,
    *,
    index: int | None | Unset = 0,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_index: int | None | Unset
    if isinstance(index, Unset):
        json_index = UNSET
    else:
        json_index = index
    params["index"] = json_index

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{job_id}/content".format(
            job_id=quote(str(job_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> File:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200
