"""``client.endpoints``: endpoints across models (one model's endpoints: ``client.models``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import ListEndpointsZdrResponse

    from .._options import RequestOptions

__all__ = ["AsyncEndpoints", "Endpoints"]


class Endpoints(SyncAPIResource):
    def zdr(self, **options: Unpack[RequestOptions]) -> ListEndpointsZdrResponse:
        """Endpoints with zero data retention (``data``: model, provider, pricing, latency)."""
        from openrouter_api.api.endpoints import list_endpoints_zdr

        return self._request(list_endpoints_zdr, {}, options)


class AsyncEndpoints(AsyncAPIResource):
    async def zdr(self, **options: Unpack[RequestOptions]) -> ListEndpointsZdrResponse:
        """Endpoints with zero data retention (``data``: model, provider, pricing, latency)."""
        from openrouter_api.api.endpoints import list_endpoints_zdr

        return await self._request(list_endpoints_zdr, {}, options)
