"""POST /keys: Create a new API key"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.create_keys_request import CreateKeysRequest
from ...models.create_keys_response import CreateKeysResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/keys"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: CreateKeysRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/keys",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateKeysResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_201 = CreateKeysResponse.from_dict(response.json())

    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | CreateKeysResponse
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateKeysResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

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
    | CreateKeysResponse
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
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
    body: CreateKeysRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | CreateKeysResponse
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysRequest):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateKeysResponse | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse]
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
    body: CreateKeysRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | CreateKeysResponse
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysRequest):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateKeysResponse | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeysRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | CreateKeysResponse
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysRequest):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateKeysResponse | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateKeysRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | CreateKeysResponse
    | ForbiddenResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Create a new API key

     Create a new API key for the authenticated user. The plaintext `key` is returned only in this
    response. Treat it as a write-only, sensitive value; it cannot be retrieved later. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateKeysRequest):  Example: {'expires_at': '2027-12-31T23:59:59Z',
            'include_byok_in_limit': True, 'limit': 50, 'limit_reset': 'monthly', 'name': 'My New API
            Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateKeysResponse | ForbiddenResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
