"""POST /responses: Create a response"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.open_responses_result import OpenResponsesResult
from ...types import UNSET, ResponseLike, Unset, to_json

if TYPE_CHECKING:
    from ...models.metadata_level import MetadataLevel
    from ...models.responses_request import ResponsesRequest

METHOD = "POST"
PATH = "/responses"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: ResponsesRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/responses",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> OpenResponsesResult:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = OpenResponsesResult.from_dict(response.json())

    return response_200
