"""POST /generation/feedback: Submit feedback for a generation"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.submit_generation_feedback_request import SubmitGenerationFeedbackRequest
from ...models.submit_generation_feedback_response import (
    SubmitGenerationFeedbackResponse,
)
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/generation/feedback"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/generation/feedback",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> SubmitGenerationFeedbackResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = SubmitGenerationFeedbackResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = SubmitGenerationFeedbackResponse.from_dict(response.json())

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
    | SubmitGenerationFeedbackResponse
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
    body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse]
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
    body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | InternalServerResponse
    | NotFoundResponse
    | SubmitGenerationFeedbackResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Submit feedback for a generation

     Submit structured feedback on a generation the authenticated user made. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (SubmitGenerationFeedbackRequest): Structured feedback about a specific generation
            Example: {'category': 'incorrect_response', 'comment': 'The model repeated the same
            paragraph three times.', 'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | NotFoundResponse | SubmitGenerationFeedbackResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
