"""POST /audio/speech: Create speech"""

from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any

from ...types import File, ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.speech_request import SpeechRequest

METHOD = "POST"
PATH = "/audio/speech"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/octet-stream",)


def build_request(
    *,
    body: SpeechRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/speech",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> File:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200
