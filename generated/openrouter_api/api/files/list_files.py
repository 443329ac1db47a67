"""GET /files: List files"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...models.anthropic_file_list import AnthropicFileList
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.file_provider import FileProvider
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.list_files_order import ListFilesOrder
from ...models.open_ai_file_list import OpenAIFileList
from ...models.open_router_file_list import OpenRouterFileList
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/files"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    json_provider: str | Unset = UNSET
    if not isinstance(provider, Unset):
        json_provider = provider.value

    params["provider"] = json_provider

    params["after"] = after

    params["after_id"] = after_id

    params["before_id"] = before_id

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = order.value

    params["order"] = json_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/files",
        "params": params,
    }

    return _kwargs


def parse_success(
    response: ResponseLike,
) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""

    def _parse_response_200(
        data: object,
    ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
        if OpenRouterFileList.accepts(data):
            componentsschemas_file_list_response_type_0 = OpenRouterFileList.from_dict(
                data
            )

            return componentsschemas_file_list_response_type_0
        if OpenAIFileList.accepts(data):
            componentsschemas_file_list_response_type_1 = OpenAIFileList.from_dict(data)

            return componentsschemas_file_list_response_type_1
        if AnthropicFileList.accepts(data):
            componentsschemas_file_list_response_type_2 = AnthropicFileList.from_dict(
                data
            )

            return componentsschemas_file_list_response_type_2
        if OpenRouterFileList.discriminated_by(data):
            return OpenRouterFileList.from_dict(data)
        if OpenAIFileList.discriminated_by(data):
            return OpenAIFileList.from_dict(data)
        if AnthropicFileList.discriminated_by(data):
            return AnthropicFileList.from_dict(data)
        return cast(AnthropicFileList | OpenAIFileList | OpenRouterFileList, data)

    response_200 = _parse_response_200(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
            if OpenRouterFileList.accepts(data):
                componentsschemas_file_list_response_type_0 = (
                    OpenRouterFileList.from_dict(data)
                )

                return componentsschemas_file_list_response_type_0
            if OpenAIFileList.accepts(data):
                componentsschemas_file_list_response_type_1 = OpenAIFileList.from_dict(
                    data
                )

                return componentsschemas_file_list_response_type_1
            if AnthropicFileList.accepts(data):
                componentsschemas_file_list_response_type_2 = (
                    AnthropicFileList.from_dict(data)
                )

                return componentsschemas_file_list_response_type_2
            if OpenRouterFileList.discriminated_by(data):
                return OpenRouterFileList.from_dict(data)
            if OpenAIFileList.discriminated_by(data):
                return OpenAIFileList.from_dict(data)
            if AnthropicFileList.discriminated_by(data):
                return AnthropicFileList.from_dict(data)
            return cast(AnthropicFileList | OpenAIFileList | OpenRouterFileList, data)

        response_200 = _parse_response_200(response.json())

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
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
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
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> Response[
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """List files

     Lists files belonging to the workspace of the authenticating API key.

    Args:
        limit (int | Unset): Maximum number of files to return (1–1000). Example: 100.
        cursor (str | Unset): Opaque pagination cursor from a previous response. Example:
            eyJjdXJzb3IiOiJvcl9maWxlXzAxMUNOaGE4aUNKY1Uxd1hOUjZxNFY4dyJ9.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        after (str | Unset): OpenAI-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        after_id (str | Unset): Anthropic-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        before_id (str | Unset): Anthropic-style reverse cursor. Not supported by OpenRouter
            storage. Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        order (ListFilesOrder | Unset): Sort direction. Only `asc` is supported by OpenRouter
            storage. Example: asc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        provider=provider,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """List files

     Lists files belonging to the workspace of the authenticating API key.

    Args:
        limit (int | Unset): Maximum number of files to return (1–1000). Example: 100.
        cursor (str | Unset): Opaque pagination cursor from a previous response. Example:
            eyJjdXJzb3IiOiJvcl9maWxlXzAxMUNOaGE4aUNKY1Uxd1hOUjZxNFY4dyJ9.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        after (str | Unset): OpenAI-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        after_id (str | Unset): Anthropic-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        before_id (str | Unset): Anthropic-style reverse cursor. Not supported by OpenRouter
            storage. Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        order (ListFilesOrder | Unset): Sort direction. Only `asc` is supported by OpenRouter
            storage. Example: asc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        provider=provider,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> Response[
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """List files

     Lists files belonging to the workspace of the authenticating API key.

    Args:
        limit (int | Unset): Maximum number of files to return (1–1000). Example: 100.
        cursor (str | Unset): Opaque pagination cursor from a previous response. Example:
            eyJjdXJzb3IiOiJvcl9maWxlXzAxMUNOaGE4aUNKY1Uxd1hOUjZxNFY4dyJ9.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        after (str | Unset): OpenAI-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        after_id (str | Unset): Anthropic-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        before_id (str | Unset): Anthropic-style reverse cursor. Not supported by OpenRouter
            storage. Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        order (ListFilesOrder | Unset): Sort direction. Only `asc` is supported by OpenRouter
            storage. Example: asc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        limit=limit,
        cursor=cursor,
        workspace_id=workspace_id,
        provider=provider,
        after=after,
        after_id=after_id,
        before_id=before_id,
        order=order,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    limit: int | Unset = UNSET,
    cursor: str | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
    after: str | Unset = UNSET,
    after_id: str | Unset = UNSET,
    before_id: str | Unset = UNSET,
    order: ListFilesOrder | Unset = UNSET,
) -> (
    AnthropicFileList
    | OpenAIFileList
    | OpenRouterFileList
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """List files

     Lists files belonging to the workspace of the authenticating API key.

    Args:
        limit (int | Unset): Maximum number of files to return (1–1000). Example: 100.
        cursor (str | Unset): Opaque pagination cursor from a previous response. Example:
            eyJjdXJzb3IiOiJvcl9maWxlXzAxMUNOaGE4aUNKY1Uxd1hOUjZxNFY4dyJ9.
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        after (str | Unset): OpenAI-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        after_id (str | Unset): Anthropic-style forward cursor: the id to list after. Example:
            or_file_011CNha8iCJcU1wXNR6q4V8w.
        before_id (str | Unset): Anthropic-style reverse cursor. Not supported by OpenRouter
            storage. Example: or_file_011CNha8iCJcU1wXNR6q4V8w.
        order (ListFilesOrder | Unset): Sort direction. Only `asc` is supported by OpenRouter
            storage. Example: asc.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFileList | OpenAIFileList | OpenRouterFileList | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            provider=provider,
            after=after,
            after_id=after_id,
            before_id=before_id,
            order=order,
        )
    ).parsed
