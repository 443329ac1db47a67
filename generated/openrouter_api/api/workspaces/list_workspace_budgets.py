"""GET /workspaces/{id}/budgets: List workspace budgets"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote

from ...models.list_workspace_budgets_response import ListWorkspaceBudgetsResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/workspaces/{id}/budgets"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: str,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/workspaces/{id}/budgets".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> ListWorkspaceBudgetsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = ListWorkspaceBudgetsResponse.from_dict(response.json())

    return response_200
