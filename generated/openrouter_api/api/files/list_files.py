"""GET /files: List files"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, cast
from uuid import UUID

from ...models.anthropic_file_list import AnthropicFileList
from ...models.open_ai_file_list import OpenAIFileList
from ...models.open_router_file_list import OpenRouterFileList
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.file_provider import FileProvider
    from ...models.list_files_order import ListFilesOrder

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
