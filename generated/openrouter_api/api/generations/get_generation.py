"""GET /generation: Get request & usage metadata for a generation"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
from ...models.generation_response import GenerationResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.payment_required_response import PaymentRequiredResponse
from ...models.provider_overloaded_response import ProviderOverloadedResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/generation"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    id: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["id"] = id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/generation",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GenerationResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = GenerationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PaymentRequiredResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 524:
        response_524 = EdgeNetworkTimeoutResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        response_529 = ProviderOverloadedResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
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
    id: str,
) -> Response[
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Get request & usage metadata for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> (
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Get request & usage metadata for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        id=id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> Response[
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Get request & usage metadata for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        id=id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    id: str,
) -> (
    BadGatewayResponse
    | EdgeNetworkTimeoutResponse
    | GenerationResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Get request & usage metadata for a generation

    Args:
        id (str): The generation ID Example: gen-1234567890.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | EdgeNetworkTimeoutResponse | GenerationResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            id=id,
        )
    ).parsed
