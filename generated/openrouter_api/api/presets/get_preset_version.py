"""GET /presets/{slug}/versions/{version}: Get a specific version of a preset"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.get_preset_version_response import GetPresetVersionResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/presets/{slug}/versions/{version}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    slug: str,
    version: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/presets/{slug}/versions/{version}".format(
            slug=quote(str(slug), safe=""),
            version=quote(str(version), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetPresetVersionResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetPresetVersionResponse.from_dict(response.json())

    return response_200
