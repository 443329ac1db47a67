"""GET /images/models/{author}/{slug}/endpoints: List endpoints for an image model"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.image_model_endpoints_response import ImageModelEndpointsResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/images/models/{author}/{slug}/endpoints"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    author: str,
    slug: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/models/{author}/{slug}/endpoints".format(
            author=quote(str(author), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ImageModelEndpointsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ImageModelEndpointsResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse | None:
    if response.status_code == 200:
        response_200 = ImageModelEndpointsResponse.from_dict(response.json())

        return response_200

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
) -> Response[ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse]:
    """List endpoints for an image model

     Returns the full per-endpoint records for an image model: each endpoint's definitive supported
    parameters, pricing, and passthrough allowlist.

    Args:
        author (str): Model author/organization Example: bytedance-seed.
        slug (str): Model slug Example: seedream-4.5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse]
    """

    kwargs = build_request(
        author=author,
        slug=slug,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse | None:
    """List endpoints for an image model

     Returns the full per-endpoint records for an image model: each endpoint's definitive supported
    parameters, pricing, and passthrough allowlist.

    Args:
        author (str): Model author/organization Example: bytedance-seed.
        slug (str): Model slug Example: seedream-4.5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse
    """

    return sync_detailed(
        author=author,
        slug=slug,
        client=client,
    ).parsed


async def asyncio_detailed(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse]:
    """List endpoints for an image model

     Returns the full per-endpoint records for an image model: each endpoint's definitive supported
    parameters, pricing, and passthrough allowlist.

    Args:
        author (str): Model author/organization Example: bytedance-seed.
        slug (str): Model slug Example: seedream-4.5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse]
    """

    kwargs = build_request(
        author=author,
        slug=slug,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    author: str,
    slug: str,
    *,
    client: AuthenticatedClient | Client,
) -> ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse | None:
    """List endpoints for an image model

     Returns the full per-endpoint records for an image model: each endpoint's definitive supported
    parameters, pricing, and passthrough allowlist.

    Args:
        author (str): Model author/organization Example: bytedance-seed.
        slug (str): Model slug Example: seedream-4.5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageModelEndpointsResponse | InternalServerResponse | NotFoundResponse
    """

    return (
        await asyncio_detailed(
            author=author,
            slug=slug,
            client=client,
        )
    ).parsed
