"""GET /endpoints/zdr: Preview the impact of ZDR on the available endpoints"""

from __future__ import annotations

from typing import Any

from ...models.list_endpoints_zdr_response import ListEndpointsZdrResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/endpoints/zdr"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request() -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/endpoints/zdr",
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ListEndpointsZdrResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ListEndpointsZdrResponse.from_dict(response.json())

    return response_200
