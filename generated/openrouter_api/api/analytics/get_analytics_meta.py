"""GET /analytics/meta: Get available analytics metrics and dimensions"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.forbidden_response import ForbiddenResponse
from ...models.get_analytics_meta_response import GetAnalyticsMetaResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/analytics/meta"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request() -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/analytics/meta",
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetAnalyticsMetaResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetAnalyticsMetaResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    ForbiddenResponse
    | GetAnalyticsMetaResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = GetAnalyticsMetaResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
    ForbiddenResponse
    | GetAnalyticsMetaResponse
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
) -> Response[
    ForbiddenResponse
    | GetAnalyticsMetaResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Get available analytics metrics and dimensions

     Returns the available metrics, dimensions, filter operators, and granularities for the analytics
    query endpoint. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | GetAnalyticsMetaResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | GetAnalyticsMetaResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Get available analytics metrics and dimensions

     Returns the available metrics, dimensions, filter operators, and granularities for the analytics
    query endpoint. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | GetAnalyticsMetaResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    ForbiddenResponse
    | GetAnalyticsMetaResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Get available analytics metrics and dimensions

     Returns the available metrics, dimensions, filter operators, and granularities for the analytics
    query endpoint. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | GetAnalyticsMetaResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> (
    ForbiddenResponse
    | GetAnalyticsMetaResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Get available analytics metrics and dimensions

     Returns the available metrics, dimensions, filter operators, and granularities for the analytics
    query endpoint. [Management key](/docs/guides/overview/auth/management-api-keys) required.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | GetAnalyticsMetaResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
