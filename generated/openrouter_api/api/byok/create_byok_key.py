"""POST /byok: Create a BYOK provider credential"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_byok_key_response import CreateBYOKKeyResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.create_byok_key_request import CreateBYOKKeyRequest

METHOD = "POST"
PATH = "/byok"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: CreateBYOKKeyRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/byok",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateBYOKKeyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_201 = CreateBYOKKeyResponse.from_dict(response.json())

    return response_201
