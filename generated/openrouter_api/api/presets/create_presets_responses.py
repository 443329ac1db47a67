"""POST /presets/{slug}/responses: Create a preset from a responses request body"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.conflict_response import ConflictResponse
from ...models.create_preset_from_inference_response import (
    CreatePresetFromInferenceResponse,
)
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.responses_request import ResponsesRequest
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/presets/{slug}/responses"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    slug: str,
    *,
    body: ResponsesRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/presets/{slug}/responses".format(
            slug=quote(str(slug), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreatePresetFromInferenceResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = CreatePresetFromInferenceResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = CreatePresetFromInferenceResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = ConflictResponse.from_dict(response.json())

        return response_409

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
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
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
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Create a preset from a responses request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ResponsesRequest): Request schema for Responses endpoint Example: {'input':
            [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get
            the current weather in a given location', 'name': 'get_current_weather', 'parameters':
            {'properties': {'location': {'type': 'string'}}, 'type': 'object'}, 'type': 'function'}],
            'top_p': 0.9}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        slug=slug,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Create a preset from a responses request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ResponsesRequest): Request schema for Responses endpoint Example: {'input':
            [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get
            the current weather in a given location', 'name': 'get_current_weather', 'parameters':
            {'properties': {'location': {'type': 'string'}}, 'type': 'object'}, 'type': 'function'}],
            'top_p': 0.9}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return sync_detailed(
        slug=slug,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
]:
    """Create a preset from a responses request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ResponsesRequest): Request schema for Responses endpoint Example: {'input':
            [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get
            the current weather in a given location', 'name': 'get_current_weather', 'parameters':
            {'properties': {'location': {'type': 'string'}}, 'type': 'object'}, 'type': 'function'}],
            'top_p': 0.9}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        slug=slug,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    slug: str,
    *,
    client: AuthenticatedClient,
    body: ResponsesRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | ConflictResponse
    | CreatePresetFromInferenceResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | UnauthorizedResponse
    | None
):
    """Create a preset from a responses request body

     Creates a preset (or a new version of an existing one) from an inference request body. Only fields
    that overlap with the preset config are persisted; other fields (e.g. `messages`, `stream`,
    `prompt`) are silently ignored.

    Args:
        slug (str): URL-safe slug identifying the preset. Created if it does not exist. Example:
            my-preset.
        body (ResponsesRequest): Request schema for Responses endpoint Example: {'input':
            [{'content': 'Hello, how are you?', 'role': 'user', 'type': 'message'}], 'model':
            'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7, 'tools': [{'description': 'Get
            the current weather in a given location', 'name': 'get_current_weather', 'parameters':
            {'properties': {'location': {'type': 'string'}}, 'type': 'object'}, 'type': 'function'}],
            'top_p': 0.9}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | ConflictResponse | CreatePresetFromInferenceResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            slug=slug,
            client=client,
            body=body,
        )
    ).parsed
