"""``client.providers``: the providers OpenRouter routes to."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import ListProvidersResponse

    from .._options import RequestOptions

__all__ = ["AsyncProviders", "Providers"]


class Providers(SyncAPIResource):
    def list(self, **options: Unpack[RequestOptions]) -> ListProvidersResponse:
        """Every provider (``data``: name, slug, headquarters, datacenters, policy links).

        One response, not paged: the spec returns all providers at once.
        """
        from openrouter_api.api.providers import list_providers

        return self._request(list_providers, {}, options)


class AsyncProviders(AsyncAPIResource):
    async def list(self, **options: Unpack[RequestOptions]) -> ListProvidersResponse:
        """Every provider (``data``: name, slug, headquarters, datacenters, policy links)."""
        from openrouter_api.api.providers import list_providers

        return await self._request(list_providers, {}, options)
