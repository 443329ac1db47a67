"""POST /workspaces/{id}/members/add: Bulk add members to a workspace"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.bulk_add_workspace_members_request import BulkAddWorkspaceMembersRequest
from ...models.bulk_add_workspace_members_response import (
    BulkAddWorkspaceMembersResponse,
)
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/workspaces/{id}/members/add"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: str,
    *,
    body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces/{id}/members/add".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> BulkAddWorkspaceMembersResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = BulkAddWorkspaceMembersResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = BulkAddWorkspaceMembersResponse.from_dict(response.json())

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
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
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
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
    body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | BulkAddWorkspaceMembersResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Bulk add members to a workspace

     Add multiple organization members to a workspace. Members are assigned the same role they hold in
    the organization. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.
        body (BulkAddWorkspaceMembersRequest):  Example: {'user_ids': ['user_abc123',
            'user_def456']}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | BulkAddWorkspaceMembersResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
        )
    ).parsed
