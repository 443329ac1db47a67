"""GET /scim/group-mappings: List SCIM group mappings"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.internal_server_response import InternalServerResponse
from ...models.list_scim_group_mappings_response import ListScimGroupMappingsResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/scim/group-mappings"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/scim/group-mappings",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ListScimGroupMappingsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ListScimGroupMappingsResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    InternalServerResponse
    | ListScimGroupMappingsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListScimGroupMappingsResponse.from_dict(response.json())

        return response_200

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
    InternalServerResponse
    | ListScimGroupMappingsResponse
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
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> Response[
    InternalServerResponse
    | ListScimGroupMappingsResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """List SCIM group mappings

     List SCIM group-to-workspace mappings for the organization. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | ListScimGroupMappingsResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        offset=offset,
        limit=limit,
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
) -> (
    InternalServerResponse
    | ListScimGroupMappingsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """List SCIM group mappings

     List SCIM group-to-workspace mappings for the organization. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | ListScimGroupMappingsResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        offset=offset,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> Response[
    InternalServerResponse
    | ListScimGroupMappingsResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """List SCIM group mappings

     List SCIM group-to-workspace mappings for the organization. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | ListScimGroupMappingsResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        offset=offset,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    offset: int | None | Unset = 0,
    limit: int | Unset = 50,
) -> (
    InternalServerResponse
    | ListScimGroupMappingsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """List SCIM group mappings

     List SCIM group-to-workspace mappings for the organization. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        offset (int | None | Unset): Number of records to skip for pagination Default: 0. Example:
            0.
        limit (int | Unset): Maximum number of records to return (max 100) Default: 50. Example:
            50.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | ListScimGroupMappingsResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            offset=offset,
            limit=limit,
        )
    ).parsed
