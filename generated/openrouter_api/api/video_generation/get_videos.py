"""GET /videos/{job_id}: Poll video generation status"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.video_generation_response import VideoGenerationResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/videos/{job_id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    job_id: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/videos/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> VideoGenerationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = VideoGenerationResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    if response.status_code == 200:
        response_200 = VideoGenerationResponse.from_dict(response.json())

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
    | NotFoundResponse
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
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = build_request(
        job_id=job_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return sync_detailed(
        job_id=job_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> Response[
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
]:
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse]
    """

    kwargs = build_request(
        job_id=job_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    job_id: str,
    *,
    client: AuthenticatedClient | Client,
) -> (
    InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | VideoGenerationResponse
    | None
):
    """Poll video generation status

     Returns job status and content URLs when completed

    Args:
        job_id (str):  Example: job-abc123.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InternalServerResponse | NotFoundResponse | UnauthorizedResponse | VideoGenerationResponse
    """

    return (
        await asyncio_detailed(
            job_id=job_id,
            client=client,
        )
    ).parsed
