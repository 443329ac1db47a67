"""POST /files: Upload a file"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ... import errors
from ...models.anthropic_file import AnthropicFile
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.file_provider import FileProvider
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.open_ai_file import OpenAIFile
from ...models.open_router_file import OpenRouterFile
from ...models.payload_too_large_response import PayloadTooLargeResponse
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...models.upload_file_body import UploadFileBody
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/files"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: UploadFileBody,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

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
        "method": "post",
        "url": "/files",
        "params": params,
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(
    response: ResponseLike,
) -> AnthropicFile | OpenAIFile | OpenRouterFile:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""

    def _parse_response_200(
        data: object,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        if OpenRouterFile.accepts(data):
            componentsschemas_file_response_type_0 = OpenRouterFile.from_dict(data)

            return componentsschemas_file_response_type_0
        if OpenAIFile.accepts(data):
            componentsschemas_file_response_type_1 = OpenAIFile.from_dict(data)

            return componentsschemas_file_response_type_1
        if AnthropicFile.accepts(data):
            componentsschemas_file_response_type_2 = AnthropicFile.from_dict(data)

            return componentsschemas_file_response_type_2
        if OpenRouterFile.discriminated_by(data):
            return OpenRouterFile.from_dict(data)
        if OpenAIFile.discriminated_by(data):
            return OpenAIFile.from_dict(data)
        if AnthropicFile.discriminated_by(data):
            return AnthropicFile.from_dict(data)
        return cast(AnthropicFile | OpenAIFile | OpenRouterFile, data)

    response_200 = _parse_response_200(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    AnthropicFile
    | OpenAIFile
    | OpenRouterFile
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | PayloadTooLargeResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:

        def _parse_response_200(
            data: object,
        ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
            if OpenRouterFile.accepts(data):
                componentsschemas_file_response_type_0 = OpenRouterFile.from_dict(data)

                return componentsschemas_file_response_type_0
            if OpenAIFile.accepts(data):
                componentsschemas_file_response_type_1 = OpenAIFile.from_dict(data)

                return componentsschemas_file_response_type_1
            if AnthropicFile.accepts(data):
                componentsschemas_file_response_type_2 = AnthropicFile.from_dict(data)

                return componentsschemas_file_response_type_2
            if OpenRouterFile.discriminated_by(data):
                return OpenRouterFile.from_dict(data)
            if OpenAIFile.discriminated_by(data):
                return OpenAIFile.from_dict(data)
            if AnthropicFile.discriminated_by(data):
                return AnthropicFile.from_dict(data)
            return cast(AnthropicFile | OpenAIFile | OpenRouterFile, data)

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

    if response.status_code == 413:
        response_413 = PayloadTooLargeResponse.from_dict(response.json())

        return response_413

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
    AnthropicFile
    | OpenAIFile
    | OpenRouterFile
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | PayloadTooLargeResponse
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
    body: UploadFileBody,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> Response[
    AnthropicFile
    | OpenAIFile
    | OpenRouterFile
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | PayloadTooLargeResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Upload a file

     Uploads a file to be referenced in future API calls. The file is stored under the workspace of the
    authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type is
    determined from the file contents — not the filename or the declared content type — and must be a
    PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8
    text. Text is reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`,
    `text/markdown`, or `text/plain`.

    Args:
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFile | OpenAIFile | OpenRouterFile | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | PayloadTooLargeResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> (
    AnthropicFile
    | OpenAIFile
    | OpenRouterFile
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | PayloadTooLargeResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Upload a file

     Uploads a file to be referenced in future API calls. The file is stored under the workspace of the
    authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type is
    determined from the file contents — not the filename or the declared content type — and must be a
    PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8
    text. Text is reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`,
    `text/markdown`, or `text/plain`.

    Args:
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFile | OpenAIFile | OpenRouterFile | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | PayloadTooLargeResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
        workspace_id=workspace_id,
        provider=provider,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> Response[
    AnthropicFile
    | OpenAIFile
    | OpenRouterFile
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | PayloadTooLargeResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Upload a file

     Uploads a file to be referenced in future API calls. The file is stored under the workspace of the
    authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type is
    determined from the file contents — not the filename or the declared content type — and must be a
    PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8
    text. Text is reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`,
    `text/markdown`, or `text/plain`.

    Args:
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AnthropicFile | OpenAIFile | OpenRouterFile | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | PayloadTooLargeResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
        workspace_id=workspace_id,
        provider=provider,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: UploadFileBody,
    workspace_id: UUID | Unset = UNSET,
    provider: FileProvider | Unset = UNSET,
) -> (
    AnthropicFile
    | OpenAIFile
    | OpenRouterFile
    | BadGatewayResponse
    | BadRequestResponse
    | ForbiddenResponse
    | InternalServerResponse
    | PayloadTooLargeResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Upload a file

     Uploads a file to be referenced in future API calls. The file is stored under the workspace of the
    authenticating API key. Maximum file size: 100 MB; empty files are rejected. The file type is
    determined from the file contents — not the filename or the declared content type — and must be a
    PDF, a PNG/JPEG/GIF/WebP image, a DOCX/XLSX/PPTX document, an MP3/WAV/FLAC/OGG audio file, or UTF-8
    text. Text is reported by its structure as `application/json`, `application/x-ndjson`, `text/csv`,
    `text/markdown`, or `text/plain`.

    Args:
        workspace_id (UUID | Unset): Workspace to scope the request to. Defaults to the caller’s
            default workspace. Example: a103d8b6-42f0-4e50-9a3c-bf41e2c3c1a7.
        provider (FileProvider | Unset): Store or read this file on the named provider using your
            own API key for it. Omit to use OpenRouter storage. Example: openai.
        body (UploadFileBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AnthropicFile | OpenAIFile | OpenRouterFile | BadGatewayResponse | BadRequestResponse | ForbiddenResponse | InternalServerResponse | PayloadTooLargeResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            workspace_id=workspace_id,
            provider=provider,
        )
    ).parsed
