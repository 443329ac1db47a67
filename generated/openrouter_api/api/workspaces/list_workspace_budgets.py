"""GET /workspaces/{id}/budgets: List workspace budgets"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.internal_server_response import InternalServerResponse
from ...models.list_workspace_budgets_response import ListWorkspaceBudgetsResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/workspaces/{id}/budgets"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{id}/budgets".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ListWorkspaceBudgetsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ListWorkspaceBudgetsResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    InternalServerResponse
    | ListWorkspaceBudgetsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = ListWorkspaceBudgetsResponse.from_dict(response.json())

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
    | ListWorkspaceBudgetsResponse
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
) -> Response[
    InternalServerResponse
    | ListWorkspaceBudgetsResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """List workspace budgets

     List all budgets configured for a workspace. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | ListWorkspaceBudgetsResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    InternalServerResponse
    | ListWorkspaceBudgetsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """List workspace budgets

     List all budgets configured for a workspace. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | ListWorkspaceBudgetsResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        id=id,
        client=client,
    ).parsed


async def asyncio_detailed(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    InternalServerResponse
    | ListWorkspaceBudgetsResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """List workspace budgets

     List all budgets configured for a workspace. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | ListWorkspaceBudgetsResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    InternalServerResponse
    | ListWorkspaceBudgetsResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """List workspace budgets

     List all budgets configured for a workspace. [Management key](/docs/guides/overview/auth/management-
    api-keys) required.

    Args:
        id (str): The workspace ID (UUID) or slug Example: production.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | ListWorkspaceBudgetsResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
        )
    ).parsed
