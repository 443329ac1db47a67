"""POST /auth/keys: Exchange authorization code for API key"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.exchange_auth_code_for_api_key_request import (
    ExchangeAuthCodeForAPIKeyRequest,
)
from ...models.exchange_auth_code_for_api_key_response import (
    ExchangeAuthCodeForAPIKeyResponse,
)
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | ExchangeAuthCodeForAPIKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
    | None
):
    if response.status_code == 200:
        response_200 = ExchangeAuthCodeForAPIKeyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[
    BadRequestResponse
    | ExchangeAuthCodeForAPIKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ExchangeAuthCodeForAPIKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
]:
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForAPIKeyRequest):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ExchangeAuthCodeForAPIKeyResponse | ForbiddenResponse | InternalServerResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ExchangeAuthCodeForAPIKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
    | None
):
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForAPIKeyRequest):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ExchangeAuthCodeForAPIKeyResponse | ForbiddenResponse | InternalServerResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ExchangeAuthCodeForAPIKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
]:
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForAPIKeyRequest):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ExchangeAuthCodeForAPIKeyResponse | ForbiddenResponse | InternalServerResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ExchangeAuthCodeForAPIKeyRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ExchangeAuthCodeForAPIKeyResponse
    | ForbiddenResponse
    | InternalServerResponse
    | None
):
    """Exchange authorization code for API key

     Exchange an authorization code from the PKCE flow for a user-controlled API key

    Args:
        body (ExchangeAuthCodeForAPIKeyRequest):  Example: {'code': 'auth_code_abc123def456',
            'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ExchangeAuthCodeForAPIKeyResponse | ForbiddenResponse | InternalServerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
