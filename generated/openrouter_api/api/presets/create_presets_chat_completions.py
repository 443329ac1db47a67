"""POST /presets/{slug}/chat/completions: Create a preset from a chat-completions request body"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.chat_request import ChatRequest

METHOD = "POST"
PATH = "/presets/{slug}/chat/completions"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    slug: str,
    *,
    body: ChatRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/presets/{slug}/chat/completions".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreatePresetFromInferenceResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = CreatePresetFromInferenceResponse.from_dict(response.json())

    return response_200
