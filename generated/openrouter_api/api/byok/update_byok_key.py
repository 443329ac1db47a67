"""PATCH /byok/{id}: Update a BYOK provider credential"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.update_byok_key_request import UpdateBYOKKeyRequest
from ...models.update_byok_key_response import UpdateBYOKKeyResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "PATCH"
PATH = "/byok/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
    *,
    body: UpdateBYOKKeyRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/byok/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> UpdateBYOKKeyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = UpdateBYOKKeyResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
    | None
):
    if response.status_code == 200:
        response_200 = UpdateBYOKKeyResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

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
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBYOKKeyRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
]:
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBYOKKeyRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
    | None
):
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBYOKKeyRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
]:
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    body: UpdateBYOKKeyRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | UpdateBYOKKeyResponse
    | None
):
    """Update a BYOK provider credential

     Update an existing bring-your-own-key (BYOK) provider credential by its `id`. Include the `key`
    field to rotate the raw provider API key in-place (the previous key material is overwritten). Use
    `allowed_api_key_hashes` to restrict the credential to specific OpenRouter API keys (`null` clears
    the restriction). [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The BYOK credential ID (UUID). Example: 11111111-2222-3333-4444-555555555555.
        body (UpdateBYOKKeyRequest):  Example: {'disabled': False, 'name': 'Updated OpenAI Key'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse | UpdateBYOKKeyResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
