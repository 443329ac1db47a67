"""GET /files/{file_id}: Get file metadata"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

from ...models.anthropic_file import AnthropicFile
from ...models.open_ai_file import OpenAIFile
from ...models.open_router_file import OpenRouterFile
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.file_provider import FileProvider

METHOD = "GET"
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
        "method": "get",
        "url": "/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

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
