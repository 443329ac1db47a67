"""GET /datasets/rankings-daily: Daily token totals for top 50 models"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ...models.rankings_daily_response import RankingsDailyResponse
from ...types import UNSET, ResponseLike, Unset

if TYPE_CHECKING:
    from ...models.get_rankings_daily_category import GetRankingsDailyCategory
    from ...models.get_rankings_daily_context_bucket import (
        GetRankingsDailyContextBucket,
    )
    from ...models.get_rankings_daily_language_type import GetRankingsDailyLanguageType
    from ...models.get_rankings_daily_modality import GetRankingsDailyModality
    from ...models.get_rankings_daily_period import GetRankingsDailyPeriod

METHOD = "GET"
PATH = "/datasets/rankings-daily"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    period: GetRankingsDailyPeriod | Unset = UNSET,
    modality: GetRankingsDailyModality | Unset = UNSET,
    context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
    category: GetRankingsDailyCategory | Unset = UNSET,
    language_type: GetRankingsDailyLanguageType | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    params["start_date"] = start_date

    params["end_date"] = end_date

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_modality: str | Unset = UNSET
    if not isinstance(modality, Unset):
        json_modality = modality.value

    params["modality"] = json_modality

    json_context_bucket: str | Unset = UNSET
    if not isinstance(context_bucket, Unset):
        json_context_bucket = context_bucket.value

    params["context_bucket"] = json_context_bucket

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_language_type: str | Unset = UNSET
    if not isinstance(language_type, Unset):
        json_language_type = language_type.value

    params["language_type"] = json_language_type

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/rankings-daily",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> RankingsDailyResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = RankingsDailyResponse.from_dict(response.json())

    return response_200
