"""POST /chat/completions: Create a chat completion"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.chat_request import ChatRequest
from ...models.chat_result import ChatResult
from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.metadata_level import MetadataLevel
from ...models.not_found_response import NotFoundResponse
from ...models.payload_too_large_response import PayloadTooLargeResponse
from ...models.payment_required_response import PaymentRequiredResponse
from ...models.provider_overloaded_response import ProviderOverloadedResponse
from ...models.request_timeout_response import RequestTimeoutResponse
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.unprocessable_entity_response import UnprocessableEntityResponse
from ...types import UNSET, Response, ResponseLike, Unset, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/chat/completions"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = (
    "application/json",
    "text/event-stream",
)


def build_request(
    *,
    body: ChatRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}
    if not isinstance(x_open_router_metadata, Unset):
        headers["X-OpenRouter-Metadata"] = str(x_open_router_metadata)

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/chat/completions",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> ChatResult:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ChatResult.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | ChatResult
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
    | None
):
    if response.status_code == 200:
        response_200 = ChatResult.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PaymentRequiredResponse.from_dict(response.json())

        return response_402

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 408:
        response_408 = RequestTimeoutResponse.from_dict(response.json())

        return response_408

    if response.status_code == 413:
        response_413 = PayloadTooLargeResponse.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = UnprocessableEntityResponse.from_dict(response.json())

        return response_422

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ServiceUnavailableResponse.from_dict(response.json())

        return response_503

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
    | BadRequestResponse
    | ChatResult
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
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
    body: ChatRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | ChatResult
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
]:
    """Create a chat completion

     Sends a request for a model response for the given chat conversation. Supports both streaming and
    non-streaming modes.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | ChatResult | EdgeNetworkTimeoutResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | PayloadTooLargeResponse | PaymentRequiredResponse | ProviderOverloadedResponse | RequestTimeoutResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse | UnprocessableEntityResponse]
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
    body: ChatRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | ChatResult
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
    | None
):
    """Create a chat completion

     Sends a request for a model response for the given chat conversation. Supports both streaming and
    non-streaming modes.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | ChatResult | EdgeNetworkTimeoutResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | PayloadTooLargeResponse | PaymentRequiredResponse | ProviderOverloadedResponse | RequestTimeoutResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse | UnprocessableEntityResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        x_open_router_metadata=x_open_router_metadata,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ChatRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | ChatResult
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
]:
    """Create a chat completion

     Sends a request for a model response for the given chat conversation. Supports both streaming and
    non-streaming modes.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | ChatResult | EdgeNetworkTimeoutResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | PayloadTooLargeResponse | PaymentRequiredResponse | ProviderOverloadedResponse | RequestTimeoutResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse | UnprocessableEntityResponse]
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
    body: ChatRequest | Mapping[str, Any],
    x_open_router_metadata: MetadataLevel | Unset = UNSET,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | ChatResult
    | EdgeNetworkTimeoutResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | PayloadTooLargeResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | RequestTimeoutResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | UnprocessableEntityResponse
    | None
):
    """Create a chat completion

     Sends a request for a model response for the given chat conversation. Supports both streaming and
    non-streaming modes.

    Args:
        x_open_router_metadata (MetadataLevel | Unset): Opt-in level for surfacing routing
            metadata on the response under `openrouter_metadata`. Example: enabled.
        body (ChatRequest): Chat completion request parameters Example: {'max_tokens': 150,
            'messages': [{'content': 'You are a helpful assistant.', 'role': 'system'}, {'content':
            'What is the capital of France?', 'role': 'user'}], 'model': 'openai/gpt-4',
            'temperature': 0.7}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | ChatResult | EdgeNetworkTimeoutResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | PayloadTooLargeResponse | PaymentRequiredResponse | ProviderOverloadedResponse | RequestTimeoutResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse | UnprocessableEntityResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            x_open_router_metadata=x_open_router_metadata,
        )
    ).parsed
