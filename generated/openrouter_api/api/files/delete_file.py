"""DELETE /files/{file_id}: Delete a file"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from urllib.parse import quote
from uuid import UUID

from ...models.anthropic_file_deleted import AnthropicFileDeleted
from ...models.open_ai_file_deleted import OpenAIFileDeleted
from ...models.open_router_file_deleted import OpenRouterFileDeleted
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.file_provider import FileProvider

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
