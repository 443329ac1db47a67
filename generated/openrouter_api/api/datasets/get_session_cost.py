"""GET /datasets/session-cost: Cost per session by harness and model"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.session_cost_response import SessionCostResponse
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.get_session_cost_turn_range import GetSessionCostTurnRange

METHOD = "GET"
PATH = "/datasets/session-cost"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    app_slug: str | Unset = UNSET,
    model: str | Unset = UNSET,
    turn_range: GetSessionCostTurnRange | Unset = UNSET,
    limit: int | Unset = 100,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["app_slug"] = app_slug

    params["model"] = model

    json_turn_range: str | Unset = UNSET
    if not isinstance(turn_range, Unset):
        json_turn_range = turn_range.value

    params["turn_range"] = json_turn_range

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/session-cost",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> SessionCostResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = SessionCostResponse.from_dict(response.json())

    return response_200
