"""POST /guardrails/{id}/assignments/keys/remove: Bulk unassign keys from a guardrail"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.bulk_unassign_keys_request import BulkUnassignKeysRequest
from ...models.bulk_unassign_keys_response import BulkUnassignKeysResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/guardrails/{id}/assignments/keys/remove"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
    *,
    body: BulkUnassignKeysRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/guardrails/{id}/assignments/keys/remove".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> BulkUnassignKeysResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = BulkUnassignKeysResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | BulkUnassignKeysResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = BulkUnassignKeysResponse.from_dict(response.json())

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
    | BulkUnassignKeysResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
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
    body: BulkUnassignKeysRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | BulkUnassignKeysResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Bulk unassign keys from a guardrail

     Unassign multiple API keys from a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (BulkUnassignKeysRequest):  Example: {'key_hashes':
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | BulkUnassignKeysResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
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
    body: BulkUnassignKeysRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | BulkUnassignKeysResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Bulk unassign keys from a guardrail

     Unassign multiple API keys from a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (BulkUnassignKeysRequest):  Example: {'key_hashes':
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | BulkUnassignKeysResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
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
    body: BulkUnassignKeysRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | BulkUnassignKeysResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Bulk unassign keys from a guardrail

     Unassign multiple API keys from a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (BulkUnassignKeysRequest):  Example: {'key_hashes':
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | BulkUnassignKeysResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
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
    body: BulkUnassignKeysRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | BulkUnassignKeysResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Bulk unassign keys from a guardrail

     Unassign multiple API keys from a specific guardrail. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (UUID): The unique identifier of the guardrail Example:
            550e8400-e29b-41d4-a716-446655440000.
        body (BulkUnassignKeysRequest):  Example: {'key_hashes':
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | BulkUnassignKeysResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
