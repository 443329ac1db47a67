"""DELETE /scim/group-mappings/{id}: Delete a SCIM group mapping"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.delete_scim_group_mapping_keep_members import (
    DeleteScimGroupMappingKeepMembers,
)
from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "DELETE"
PATH = "/scim/group-mappings/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
    *,
    keep_members: bool | DeleteScimGroupMappingKeepMembers,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_keep_members: bool | str
    if isinstance(keep_members, DeleteScimGroupMappingKeepMembers):
        json_keep_members = keep_members.value
    else:
        json_keep_members = keep_members
    params["keep_members"] = json_keep_members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scim/group-mappings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> DeleteScimGroupMappingResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

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
    | DeleteScimGroupMappingResponse
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
    keep_members: bool | DeleteScimGroupMappingKeepMembers,
) -> Response[
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembers): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
        keep_members=keep_members,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembers,
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembers): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
        keep_members=keep_members,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembers,
) -> Response[
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembers): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
        keep_members=keep_members,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient | Client,
    keep_members: bool | DeleteScimGroupMappingKeepMembers,
) -> (
    BadRequestResponse
    | DeleteScimGroupMappingResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Delete a SCIM group mapping

     Delete a SCIM group-to-workspace mapping. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (UUID):
        keep_members (bool | DeleteScimGroupMappingKeepMembers): Required. Whether to keep
            workspace members after deleting the mapping. `false` **removes** the members this mapping
            granted access to; `true` deletes the mapping while leaving membership intact as manually-
            managed. There is deliberately no default — omitting it returns `400` so the destructive
            path cannot be reached by accident. Mirrors the dashboard, whose
            `DeleteMappingSchema.keepMembers` is likewise required. Example: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | DeleteScimGroupMappingResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            keep_members=keep_members,
        )
    ).parsed
