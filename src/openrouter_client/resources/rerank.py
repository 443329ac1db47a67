"""``client.rerank``: order documents by relevance to a query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import CreateRerankResponse
    from openrouter_api.params import CreateRerankRequestParam

    from .._options import RequestOptions

    class RerankCreateArgs(CreateRerankRequestParam, RequestOptions, total=False):
        """The rerank request (``model``, ``query``, ``documents``), plus per-call options."""


__all__ = ["AsyncRerank", "Rerank"]


class Rerank(SyncAPIResource):
    def create(self, **params: Unpack[RerankCreateArgs]) -> CreateRerankResponse:
        """Score ``documents`` against ``query`` with ``model``; ``results`` are sorted by
        ``relevance_score``, each with the ``index`` of its document."""
        from openrouter_api.api.rerank import create_rerank

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return self._request(create_rerank, {"body": body}, options)


class AsyncRerank(AsyncAPIResource):
    async def create(self, **params: Unpack[RerankCreateArgs]) -> CreateRerankResponse:
        """Score ``documents`` against ``query`` with ``model``, best first."""
        from openrouter_api.api.rerank import create_rerank

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return await self._request(create_rerank, {"body": body}, options)
