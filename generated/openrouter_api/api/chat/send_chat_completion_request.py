"""POST /chat/completions: Create a chat completion"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.chat_result import ChatResult
from ...types import UNSET, ResponseLike, Unset, to_json

if TYPE_CHECKING:
    from ...models.chat_request import ChatRequest
    from ...models.metadata_level import MetadataLevel

METHOD = "POST"
PATH = "/chat/completions"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: ChatRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> ChatResult:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ChatResult.from_dict(response.json())

    return response_200
