"""GET /files/{file_id}/content: Download file content"""

from __future__ import annotations

from io import BytesIO
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ...types import UNSET, File, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.file_provider import FileProvider

METHOD = "GET"
PATH = "/files/{file_id}/content"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/octet-stream",)


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
        "url": "/files/{file_id}/content".format(
            file_id=quote(str(file_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> File:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = File(payload=BytesIO(response.content))

    return response_200
