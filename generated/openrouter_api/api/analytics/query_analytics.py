"""POST /analytics/query: Query analytics data"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.query_analytics_response import QueryAnalyticsResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.query_analytics_request import QueryAnalyticsRequest

METHOD = "POST"
PATH = "/analytics/query"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: QueryAnalyticsRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/analytics/query",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> QueryAnalyticsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = QueryAnalyticsResponse.from_dict(response.json())

    return response_200
