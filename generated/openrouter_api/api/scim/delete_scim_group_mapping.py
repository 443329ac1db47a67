"""DELETE /scim/group-mappings/{id}: Delete a SCIM group mapping"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ...models.delete_scim_group_mapping_response import DeleteScimGroupMappingResponse
from ...types import UNSET, ResponseLike

if TYPE_CHECKING:
    from ...models.delete_scim_group_mapping_keep_members import (
        DeleteScimGroupMappingKeepMembers,
    )

METHOD = "DELETE"
PATH = "/scim/group-mappings/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
    *,
    keep_members: bool | DeleteScimGroupMappingKeepMembers,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    from ...models.delete_scim_group_mapping_keep_members import (
        DeleteScimGroupMappingKeepMembers,
    )

    params: dict[str, Any] = {}

    json_keep_members: bool | str
    if isinstance(keep_members, DeleteScimGroupMappingKeepMembers):
        json_keep_members = keep_members.value
    else:
        json_keep_members = keep_members
    params["keep_members"] = json_keep_members

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/scim/group-mappings/{id}".format(
            id=quote(str(id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> DeleteScimGroupMappingResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = DeleteScimGroupMappingResponse.from_dict(response.json())

    return response_200
