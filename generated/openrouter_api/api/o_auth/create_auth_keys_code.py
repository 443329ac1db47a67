"""POST /auth/keys/code: Create authorization code"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.conflict_response import ConflictResponse
from ...models.create_auth_keys_code_request import CreateAuthKeysCodeRequest
from ...models.create_auth_keys_code_response import CreateAuthKeysCodeResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = CreateAuthKeysCodeResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = ConflictResponse.from_dict(response.json())

        return response_409

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
    | ConflictResponse
    | CreateAuthKeysCodeResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
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
    body: CreateAuthKeysCodeRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeRequest):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
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
    body: CreateAuthKeysCodeRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeRequest):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAuthKeysCodeRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeRequest):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateAuthKeysCodeRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateAuthKeysCodeResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create authorization code

     Create an authorization code for the PKCE flow to generate a user-controlled API key

    Args:
        body (CreateAuthKeysCodeRequest):  Example: {'callback_url':
            'https://myapp.com/auth/callback', 'code_challenge':
            'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM', 'code_challenge_method': 'S256', 'limit':
            100}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateAuthKeysCodeResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
