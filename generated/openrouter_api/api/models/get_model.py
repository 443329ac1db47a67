"""GET /model/{author}/{slug}: Get a model by its slug"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.model_response import ModelResponse
from ...models.not_found_response import NotFoundResponse
from ...types import Response, ResponseLike

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/model/{author}/{slug}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    author: str,
    slug: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/model/{author}/{slug}".format(
            author=quote(str(author), safe=""),
            slug=quote(str(slug), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ModelResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ModelResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse | None
):
    if response.status_code == 200:
        response_200 = ModelResponse.from_dict(response.json())

        return response_200

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
    ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse
]:
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
) -> Response[
    ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse
]:
    """Get a model by its slug

     Returns full details for a single model identified by its author and slug (e.g. openai/gpt-4).
    Supports variant suffixes (e.g. openai/gpt-4:free) and resolves known slug aliases.

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug, optionally including a variant suffix (e.g. gpt-4 or
            gpt-4:free) Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse]
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
) -> (
    ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse | None
):
    """Get a model by its slug

     Returns full details for a single model identified by its author and slug (e.g. openai/gpt-4).
    Supports variant suffixes (e.g. openai/gpt-4:free) and resolves known slug aliases.

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug, optionally including a variant suffix (e.g. gpt-4 or
            gpt-4:free) Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse
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
) -> Response[
    ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse
]:
    """Get a model by its slug

     Returns full details for a single model identified by its author and slug (e.g. openai/gpt-4).
    Supports variant suffixes (e.g. openai/gpt-4:free) and resolves known slug aliases.

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug, optionally including a variant suffix (e.g. gpt-4 or
            gpt-4:free) Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse]
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
) -> (
    ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse | None
):
    """Get a model by its slug

     Returns full details for a single model identified by its author and slug (e.g. openai/gpt-4).
    Supports variant suffixes (e.g. openai/gpt-4:free) and resolves known slug aliases.

    Args:
        author (str): The author/organization of the model Example: openai.
        slug (str): The model slug, optionally including a variant suffix (e.g. gpt-4 or
            gpt-4:free) Example: gpt-4.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ForbiddenResponse | InternalServerResponse | ModelResponse | NotFoundResponse
    """

    return (
        await asyncio_detailed(
            author=author,
            slug=slug,
            client=client,
        )
    ).parsed
