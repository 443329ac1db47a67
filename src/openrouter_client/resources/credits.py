"""``client.credits``: the account's credits, purchased and used."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import GetCreditsResponse

    from .._options import RequestOptions

__all__ = ["AsyncCredits", "Credits"]


class Credits(SyncAPIResource):
    """Credits of the account (management key required)."""

    def get(self, **options: Unpack[RequestOptions]) -> GetCreditsResponse:
        """Total credits purchased (``data.total_credits``) and used (``data.total_usage``)."""
        from openrouter_api.api.credits_ import get_credits

        return self._request(get_credits, {}, options)


class AsyncCredits(AsyncAPIResource):
    """Credits of the account (management key required)."""

    async def get(self, **options: Unpack[RequestOptions]) -> GetCreditsResponse:
        """Total credits purchased (``data.total_credits``) and used (``data.total_usage``)."""
        from openrouter_api.api.credits_ import get_credits

        return await self._request(get_credits, {}, options)
