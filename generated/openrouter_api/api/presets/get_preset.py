"""GET /presets/{slug}: Get a preset"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.get_preset_response import GetPresetResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/presets/{slug}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    slug: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/presets/{slug}".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetPresetResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetPresetResponse.from_dict(response.json())

    return response_200
