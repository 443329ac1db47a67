"""GET /workspaces/{id}/budgets/{interval}: Get a workspace budget"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ...models.get_workspace_budget_response import GetWorkspaceBudgetResponse
from ...types import ResponseLike

if TYPE_CHECKING:
    from ...models.workspace_budget_interval import WorkspaceBudgetInterval

METHOD = "GET"
PATH = "/workspaces/{id}/budgets/{interval}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: str,
    interval: WorkspaceBudgetInterval,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{id}/budgets/{interval}".format(
            id=quote(str(id), safe=""),
            interval=quote(str(interval), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetWorkspaceBudgetResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetWorkspaceBudgetResponse.from_dict(response.json())

    return response_200
