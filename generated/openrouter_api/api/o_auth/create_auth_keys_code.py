"""POST /auth/keys/code: Create authorization code"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_auth_keys_code_response import CreateAuthKeysCodeResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.create_auth_keys_code_request import CreateAuthKeysCodeRequest

METHOD = "POST"
PATH = "/auth/keys/code"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: CreateAuthKeysCodeRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/keys/code",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateAuthKeysCodeResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = CreateAuthKeysCodeResponse.from_dict(response.json())

    return response_200
