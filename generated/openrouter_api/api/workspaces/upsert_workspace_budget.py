"""PUT /workspaces/{id}/budgets/{interval}: Create or update a workspace budget"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
    from ...models.workspace_budget_interval import WorkspaceBudgetInterval

METHOD = "PUT"
PATH = "/workspaces/{id}/budgets/{interval}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: str,
    interval: WorkspaceBudgetInterval,
    *,
    body: UpsertWorkspaceBudgetRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/workspaces/{id}/budgets/{interval}".format(
            id=quote(str(id), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> UpsertWorkspaceBudgetResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = UpsertWorkspaceBudgetResponse.from_dict(response.json())

    return response_200
