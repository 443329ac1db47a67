"""POST /videos: Submit a video generation request"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.payment_required_response import PaymentRequiredResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.video_generation_request import VideoGenerationRequest
from ...models.video_generation_response import VideoGenerationResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/videos"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: VideoGenerationRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/videos",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> VideoGenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_202 = VideoGenerationResponse.from_dict(response.json())

    return response_202


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    if response.status_code == 202:
        response_202 = VideoGenerationResponse.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
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
    body: VideoGenerationRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: VideoGenerationRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: VideoGenerationRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: VideoGenerationRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Submit a video generation request

     Submits a video generation request and returns a polling URL to check status

    Args:
        body (VideoGenerationRequest):  Example: {'aspect_ratio': '16:9', 'duration': 8, 'model':
            'google/veo-3.1', 'prompt': 'A serene mountain landscape at sunset', 'resolution':
            '720p'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | TooManyRequestsResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
