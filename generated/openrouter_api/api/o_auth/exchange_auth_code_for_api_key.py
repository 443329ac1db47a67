"""POST /auth/keys: Exchange authorization code for API key"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.exchange_auth_code_for_api_key_response import (
    ExchangeAuthCodeForAPIKeyResponse,
)
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.exchange_auth_code_for_api_key_request import (
        ExchangeAuthCodeForAPIKeyRequest,
    )

METHOD = "POST"
PATH = "/auth/keys"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/auth/keys",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> ExchangeAuthCodeForAPIKeyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ExchangeAuthCodeForAPIKeyResponse.from_dict(response.json())

    return response_200
