"""Operations tagged datasets, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping  # noqa: F401 (used by some signatures)
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.app_rankings_response import AppRankingsResponse
    from ...models.get_app_rankings_category import GetAppRankingsCategory
    from ...models.get_app_rankings_subcategory import GetAppRankingsSubcategory
    from ...models.get_rankings_daily_category import GetRankingsDailyCategory
    from ...models.get_rankings_daily_context_bucket import (
        GetRankingsDailyContextBucket,
    )
    from ...models.get_rankings_daily_language_type import GetRankingsDailyLanguageType
    from ...models.get_rankings_daily_modality import GetRankingsDailyModality
    from ...models.get_rankings_daily_period import GetRankingsDailyPeriod
    from ...models.get_session_cost_turn_range import GetSessionCostTurnRange
    from ...models.rankings_daily_response import RankingsDailyResponse
    from ...models.session_cost_response import SessionCostResponse

from ...models.get_app_rankings_sort import GetAppRankingsSort

Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class DatasetsApi:
    """datasets operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_app_rankings(
        self,
        *,
        category: GetAppRankingsCategory | Unset = UNSET,
        subcategory: GetAppRankingsSubcategory | Unset = UNSET,
        sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | None | Unset = 0,
    ) -> AppRankingsResponse:
        """GET /datasets/app-rankings: Top apps by token usage"""
        return self._invoke(
            _operation("get_app_rankings"),
            category=category,
            subcategory=subcategory,
            sort=sort,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
        )

    def get_rankings_daily(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        period: GetRankingsDailyPeriod | Unset = UNSET,
        modality: GetRankingsDailyModality | Unset = UNSET,
        context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
        category: GetRankingsDailyCategory | Unset = UNSET,
        language_type: GetRankingsDailyLanguageType | Unset = UNSET,
    ) -> RankingsDailyResponse:
        """GET /datasets/rankings-daily: Daily token totals for top 50 models"""
        return self._invoke(
            _operation("get_rankings_daily"),
            start_date=start_date,
            end_date=end_date,
            period=period,
            modality=modality,
            context_bucket=context_bucket,
            category=category,
            language_type=language_type,
        )

    def get_session_cost(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: GetSessionCostTurnRange | Unset = UNSET,
        limit: int | Unset = 100,
        offset: int | None | Unset = 0,
    ) -> SessionCostResponse:
        """GET /datasets/session-cost: Cost per session by harness and model"""
        return self._invoke(
            _operation("get_session_cost"),
            app_slug=app_slug,
            model=model,
            turn_range=turn_range,
            limit=limit,
            offset=offset,
        )


class AsyncDatasetsApi:
    """datasets operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_app_rankings(
        self,
        *,
        category: GetAppRankingsCategory | Unset = UNSET,
        subcategory: GetAppRankingsSubcategory | Unset = UNSET,
        sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        limit: int | Unset = 50,
        offset: int | None | Unset = 0,
    ) -> AppRankingsResponse:
        """GET /datasets/app-rankings: Top apps by token usage"""
        return await self._invoke(
            _operation("get_app_rankings"),
            category=category,
            subcategory=subcategory,
            sort=sort,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
        )

    async def get_rankings_daily(
        self,
        *,
        start_date: str | Unset = UNSET,
        end_date: str | Unset = UNSET,
        period: GetRankingsDailyPeriod | Unset = UNSET,
        modality: GetRankingsDailyModality | Unset = UNSET,
        context_bucket: GetRankingsDailyContextBucket | Unset = UNSET,
        category: GetRankingsDailyCategory | Unset = UNSET,
        language_type: GetRankingsDailyLanguageType | Unset = UNSET,
    ) -> RankingsDailyResponse:
        """GET /datasets/rankings-daily: Daily token totals for top 50 models"""
        return await self._invoke(
            _operation("get_rankings_daily"),
            start_date=start_date,
            end_date=end_date,
            period=period,
            modality=modality,
            context_bucket=context_bucket,
            category=category,
            language_type=language_type,
        )

    async def get_session_cost(
        self,
        *,
        app_slug: str | Unset = UNSET,
        model: str | Unset = UNSET,
        turn_range: GetSessionCostTurnRange | Unset = UNSET,
        limit: int | Unset = 100,
        offset: int | None | Unset = 0,
    ) -> SessionCostResponse:
        """GET /datasets/session-cost: Cost per session by harness and model"""
        return await self._invoke(
            _operation("get_session_cost"),
            app_slug=app_slug,
            model=model,
            turn_range=turn_range,
            limit=limit,
            offset=offset,
        )
