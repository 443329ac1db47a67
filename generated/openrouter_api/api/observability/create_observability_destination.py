"""POST /observability/destinations: Create an observability destination"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.conflict_response import ConflictResponse
from ...models.create_observability_destination_request import (
    CreateObservabilityDestinationRequest,
)
from ...models.create_observability_destination_response import (
    CreateObservabilityDestinationResponse,
)
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/observability/destinations"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: CreateObservabilityDestinationRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/observability/destinations",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateObservabilityDestinationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_201 = CreateObservabilityDestinationResponse.from_dict(response.json())

    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateObservabilityDestinationResponse.from_dict(response.json())

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
    | CreateObservabilityDestinationResponse
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
    body: CreateObservabilityDestinationRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
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
    body: CreateObservabilityDestinationRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateObservabilityDestinationRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateObservabilityDestinationRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreateObservabilityDestinationResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create an observability destination

     Create a new observability destination. A maximum of 5 destinations per type is allowed. Defaults to
    the authenticated entity's default workspace; use the `workspace_id` body field to scope to a
    different workspace. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateObservabilityDestinationRequest):  Example: {'config': {'baseUrl':
            'https://us.cloud.langfuse.com', 'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'},
            'name': 'Production Langfuse', 'type': 'langfuse'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreateObservabilityDestinationResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
