"""DELETE /files/{file_id}: Delete a file"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

from ... import errors
from ...models.anthropic_file_deleted import AnthropicFileDeleted
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.file_provider import FileProvider
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.open_ai_file_deleted import OpenAIFileDeleted
from ...models.open_router_file_deleted import OpenRouterFileDeleted
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "DELETE"
PATH = "/files/{file_id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    file_id: str,
    *,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(
    response: ResponseLike,
) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""

    def _parse_response_200(
        data: object,
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        if OpenRouterFileDeleted.accepts(data):
            componentsschemas_file_delete_response_type_0 = (
                OpenRouterFileDeleted.from_dict(data)
            )

            return componentsschemas_file_delete_response_type_0
        if OpenAIFileDeleted.accepts(data):
            componentsschemas_file_delete_response_type_1 = OpenAIFileDeleted.from_dict(
                data
            )

            return componentsschemas_file_delete_response_type_1
        if AnthropicFileDeleted.accepts(data):
            componentsschemas_file_delete_response_type_2 = (
                AnthropicFileDeleted.from_dict(data)
            )

            return componentsschemas_file_delete_response_type_2
        if OpenRouterFileDeleted.discriminated_by(data):
            return OpenRouterFileDeleted.from_dict(data)
        if OpenAIFileDeleted.discriminated_by(data):
            return OpenAIFileDeleted.from_dict(data)
        if AnthropicFileDeleted.discriminated_by(data):
            return AnthropicFileDeleted.from_dict(data)
        return cast(
            AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted, data
        )

    response_200 = _parse_response_200(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
            if OpenRouterFileDeleted.accepts(data):
                componentsschemas_file_delete_response_type_0 = (
                    OpenRouterFileDeleted.from_dict(data)
                )

                return componentsschemas_file_delete_response_type_0
            if OpenAIFileDeleted.accepts(data):
                componentsschemas_file_delete_response_type_1 = (
                    OpenAIFileDeleted.from_dict(data)
                )

                return componentsschemas_file_delete_response_type_1
            if AnthropicFileDeleted.accepts(data):
                componentsschemas_file_delete_response_type_2 = (
                    AnthropicFileDeleted.from_dict(data)
                )

                return componentsschemas_file_delete_response_type_2
            if OpenRouterFileDeleted.discriminated_by(data):
                return OpenRouterFileDeleted.from_dict(data)
            if OpenAIFileDeleted.discriminated_by(data):
                return OpenAIFileDeleted.from_dict(data)
            if AnthropicFileDeleted.discriminated_by(data):
                return AnthropicFileDeleted.from_dict(data)
            return cast(
                AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted, data
            )

        response_200 = _parse_response_200(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

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

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
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
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> Response[
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Delete a file

     Deletes a file owned by the requesting workspace. Deletion is irreversible.

    Args:
        file_id (str):  Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted | BadGatewayResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        file_id=file_id,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> (
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Delete a file

     Deletes a file owned by the requesting workspace. Deletion is irreversible.

    Args:
        file_id (str):  Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted | BadGatewayResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        file_id=file_id,
        client=client,
        workspace_id=workspace_id,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> Response[
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Delete a file

     Deletes a file owned by the requesting workspace. Deletion is irreversible.

    Args:
        file_id (str):  Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted | BadGatewayResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        file_id=file_id,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    file_id: str,
    *,
    client: AuthenticatedClient | Client,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> (
    AnthropicFileDeleted
    | OpenAIFileDeleted
    | OpenRouterFileDeleted
    | BadGatewayResponse
    | ForbiddenResponse
    | InternalServerResponse
    | NotFoundResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Delete a file

     Deletes a file owned by the requesting workspace. Deletion is irreversible.

    Args:
        file_id (str):  Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted | BadGatewayResponse | ForbiddenResponse | InternalServerResponse | NotFoundResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            file_id=file_id,
            client=client,
            workspace_id=workspace_id,
            provider=provider,
        )
    ).parsed
