"""GET /guardrails: List guardrails"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from uuid import UUID

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.list_guardrails_response import ListGuardrailsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/guardrails"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
    workspace_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params["limit"] = limit

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ListGuardrailsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ListGuardrailsResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListGuardrailsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListGuardrailsResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

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
    | ListGuardrailsResponse
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
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
    workspace_id: UUID | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | ListGuardrailsResponse
    | UnauthorizedResponse
]:
    """List guardrails

     List all guardrails for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        workspace_id (UUID | Unset): Filter guardrails by workspace ID. By default, guardrails in
            the default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListGuardrailsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
    workspace_id: UUID | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListGuardrailsResponse
    | UnauthorizedResponse
    | None
):
    """List guardrails

     List all guardrails for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        workspace_id (UUID | Unset): Filter guardrails by workspace ID. By default, guardrails in
            the default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListGuardrailsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
    workspace_id: UUID | Unset = UNSET,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | ListGuardrailsResponse
    | UnauthorizedResponse
]:
    """List guardrails

     List all guardrails for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        workspace_id (UUID | Unset): Filter guardrails by workspace ID. By default, guardrails in
            the default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | ListGuardrailsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        offset=offset,
        limit=limit,
        workspace_id=workspace_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
    workspace_id: UUID | Unset = UNSET,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | ListGuardrailsResponse
    | UnauthorizedResponse
    | None
):
    """List guardrails

     List all guardrails for the authenticated user. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.
        workspace_id (UUID | Unset): Filter guardrails by workspace ID. By default, guardrails in
            the default workspace are returned. Example: 0df9e665-d932-5740-b2c7-b52af166bc11.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | ListGuardrailsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
        )
    ).parsed
