"""GET /datasets/app-rankings: Top apps by token usage"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.app_rankings_response import AppRankingsResponse
from ...models.get_app_rankings_sort import GetAppRankingsSort
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.get_app_rankings_category import GetAppRankingsCategory
    from ...models.get_app_rankings_subcategory import GetAppRankingsSubcategory

METHOD = "GET"
PATH = "/datasets/app-rankings"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_subcategory: str | Unset = UNSET
    if not isinstance(subcategory, Unset):
        json_subcategory = subcategory.value

    params["subcategory"] = json_subcategory

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["start_date"] = start_date

    params["end_date"] = end_date

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
        "url": "/datasets/app-rankings",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> AppRankingsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = AppRankingsResponse.from_dict(response.json())

    return response_200
