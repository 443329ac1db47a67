"""GET /analytics/meta: Get available analytics metrics and dimensions"""

from __future__ import annotations

from typing import Any

from ...models.get_analytics_meta_response import GetAnalyticsMetaResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/analytics/meta"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request() -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/meta",
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetAnalyticsMetaResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetAnalyticsMetaResponse.from_dict(response.json())

    return response_200
