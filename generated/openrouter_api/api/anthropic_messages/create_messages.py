"""POST /messages: Create a message"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.anthropic_messages_error_response import AnthropicMessagesErrorResponse
from ...models.messages_request import MessagesRequest
from ...models.messages_result import MessagesResult
from ...models.metadata_level import MetadataLevel
from ...types import UNSET, Response, ResponseLike, Unset, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/messages"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: MessagesRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/messages",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> MessagesResult:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = MessagesResult.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    if response.status_code == 200:
        response_200 = MessagesResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_500

    if response.status_code == 503:
        response_503 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_503

    if response.status_code == 529:
        response_529 = AnthropicMessagesErrorResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[AnthropicMessagesErrorResponse | MessagesResult]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[AnthropicMessagesErrorResponse | MessagesResult]:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicMessagesErrorResponse | MessagesResult]
    """

    kwargs = build_request(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesErrorResponse | MessagesResult
    """

    return sync_detailed(
        client=client,
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[AnthropicMessagesErrorResponse | MessagesResult]:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicMessagesErrorResponse | MessagesResult]
    """

    kwargs = build_request(
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: MessagesRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> AnthropicMessagesErrorResponse | MessagesResult | None:
    """Create a message

     Creates a message using the Anthropic Messages API format. Supports text, images, PDFs, tools, and
    extended thinking.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (MessagesRequest): Request schema for Anthropic Messages API endpoint Example:
            {'max_tokens': 1024, 'messages': [{'content': 'Hello, how are you?', 'role': 'user'}],
            'model': 'anthropic/claude-4.5-sonnet-20250929', 'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicMessagesErrorResponse | MessagesResult
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
