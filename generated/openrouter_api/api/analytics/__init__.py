"""Operations tagged analytics, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.activity_response import ActivityResponse
    from ...models.get_analytics_meta_response import GetAnalyticsMetaResponse
    from ...models.get_user_activity_group_by import GetUserActivityGroupBy
    from ...models.query_analytics_request import QueryAnalyticsRequest
    from ...models.query_analytics_response import QueryAnalyticsResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class AnalyticsApi:
    """analytics operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_user_activity(
        self,
        *,
        date: str | Unset = UNSET,
        api_key_hash: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        group_by: GetUserActivityGroupBy | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> ActivityResponse:
        """GET /activity: Get user activity grouped by endpoint"""
        return self._invoke(
            _operation("get_user_activity"),
            date=date,
            api_key_hash=api_key_hash,
            user_id=user_id,
            group_by=group_by,
            workspace_id=workspace_id,
        )

    def get_analytics_meta(
        self,
    ) -> GetAnalyticsMetaResponse:
        """GET /analytics/meta: Get available analytics metrics and dimensions"""
        return self._invoke(
            _operation("get_analytics_meta"),
        )

    def query_analytics(
        self,
        *,
        body: QueryAnalyticsRequest | Mapping[str, Any],
    ) -> QueryAnalyticsResponse:
        """POST /analytics/query: Query analytics data"""
        return self._invoke(
            _operation("query_analytics"),
            body=body,
        )


class AsyncAnalyticsApi:
    """analytics operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_user_activity(
        self,
        *,
        date: str | Unset = UNSET,
        api_key_hash: str | Unset = UNSET,
        user_id: str | Unset = UNSET,
        group_by: GetUserActivityGroupBy | Unset = UNSET,
        workspace_id: str | Unset = UNSET,
    ) -> ActivityResponse:
        """GET /activity: Get user activity grouped by endpoint"""
        return await self._invoke(
            _operation("get_user_activity"),
            date=date,
            api_key_hash=api_key_hash,
            user_id=user_id,
            group_by=group_by,
            workspace_id=workspace_id,
        )

    async def get_analytics_meta(
        self,
    ) -> GetAnalyticsMetaResponse:
        """GET /analytics/meta: Get available analytics metrics and dimensions"""
        return await self._invoke(
            _operation("get_analytics_meta"),
        )

    async def query_analytics(
        self,
        *,
        body: QueryAnalyticsRequest | Mapping[str, Any],
    ) -> QueryAnalyticsResponse:
        """POST /analytics/query: Query analytics data"""
        return await self._invoke(
            _operation("query_analytics"),
            body=body,
        )
