"""POST /workspaces/{id}/members/remove: Bulk remove members from a workspace"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...models.bulk_remove_workspace_members_response import (
    BulkRemoveWorkspaceMembersResponse,
)
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.bulk_remove_workspace_members_request import (
        BulkRemoveWorkspaceMembersRequest,
    )

METHOD = "POST"
PATH = "/workspaces/{id}/members/remove"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: str,
    *,
    body: BulkRemoveWorkspaceMembersRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/workspaces/{id}/members/remove".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> BulkRemoveWorkspaceMembersResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = BulkRemoveWorkspaceMembersResponse.from_dict(response.json())

    return response_200
