"""POST /scim/group-mappings: Create a SCIM group mapping"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.create_scim_group_mapping_response import CreateScimGroupMappingResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.create_scim_group_mapping_request import (
        CreateScimGroupMappingRequest,
    )

METHOD = "POST"
PATH = "/scim/group-mappings"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: CreateScimGroupMappingRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/scim/group-mappings",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateScimGroupMappingResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_201 = CreateScimGroupMappingResponse.from_dict(response.json())

    return response_201
