"""GET /keys: List API keys"""

from __future__ import annotations

from typing import Any
from uuid import UUID

from ...models.list_keys_response import ListKeysResponse
from ...types import UNSET, ResponseLike, Unset

METHOD = "GET"
PATH = "/keys"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    include_disabled: str | Unset = UNSET,
    offset: int | None | Unset = UNSET,
    workspace_id: UUID | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["include_disabled"] = include_disabled

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    json_workspace_id: str | Unset = UNSET
    if not isinstance(workspace_id, Unset):
        json_workspace_id = str(workspace_id)
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/keys",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ListKeysResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ListKeysResponse.from_dict(response.json())

    return response_200
