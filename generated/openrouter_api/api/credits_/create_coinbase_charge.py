"""POST /credits/coinbase: Deprecated Coinbase Commerce charge endpoint"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast

from ... import errors
from ...models.gone_response import GoneResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/credits/coinbase"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ()


def build_request() -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/credits/coinbase",
    }

    return _kwargs


def parse_success(response: ResponseLike) -> Any:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = cast(Any, None)
    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Any | GoneResponse | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 410:
        response_410 = GoneResponse.from_dict(response.json())

        return response_410

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[Any | GoneResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GoneResponse]:
    """Deprecated Coinbase Commerce charge endpoint

     Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce
    charges have been removed. Use the web credits purchase flow instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GoneResponse]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> Any | GoneResponse | None:
    """Deprecated Coinbase Commerce charge endpoint

     Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce
    charges have been removed. Use the web credits purchase flow instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GoneResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[Any | GoneResponse]:
    """Deprecated Coinbase Commerce charge endpoint

     Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce
    charges have been removed. Use the web credits purchase flow instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | GoneResponse]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> Any | GoneResponse | None:
    """Deprecated Coinbase Commerce charge endpoint

     Deprecated. The Coinbase APIs used by this endpoint have been deprecated, so Coinbase Commerce
    charges have been removed. Use the web credits purchase flow instead.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | GoneResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
