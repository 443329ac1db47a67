"""GET /activity: Get user activity grouped by endpoint"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.activity_response import ActivityResponse
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.get_user_activity_group_by import GetUserActivityGroupBy

METHOD = "GET"
PATH = "/activity"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    date: str | Unset = UNSET,
    api_key_hash: str | Unset = UNSET,
    user_id: str | Unset = UNSET,
    group_by: GetUserActivityGroupBy | Unset = UNSET,
    workspace_id: str | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["date"] = date

    params["api_key_hash"] = api_key_hash

    params["user_id"] = user_id

    json_group_by: str | Unset = UNSET
    if not isinstance(group_by, Unset):
        json_group_by = group_by.value

    params["group_by"] = json_group_by

    params["workspace_id"] = workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/activity",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ActivityResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ActivityResponse.from_dict(response.json())

    return response_200
