"""GET /images/models: List image generation models"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.image_models_list_response import ImageModelsListResponse
from ...models.internal_server_response import InternalServerResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/images/models"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request() -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/images/models",
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ImageModelsListResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ImageModelsListResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> ImageModelsListResponse | InternalServerResponse | None:
    if response.status_code == 200:
        response_200 = ImageModelsListResponse.from_dict(response.json())

        return response_200

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[ImageModelsListResponse | InternalServerResponse]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImageModelsListResponse | InternalServerResponse]:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageModelsListResponse | InternalServerResponse]
    """

    kwargs = build_request()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
) -> ImageModelsListResponse | InternalServerResponse | None:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageModelsListResponse | InternalServerResponse
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
) -> Response[ImageModelsListResponse | InternalServerResponse]:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImageModelsListResponse | InternalServerResponse]
    """

    kwargs = build_request()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
) -> ImageModelsListResponse | InternalServerResponse | None:
    """List image generation models

     Lists every image generation model with its top-level supported-parameter superset and a URL to its
    full per-endpoint records.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImageModelsListResponse | InternalServerResponse
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
