"""``client.rerank``: order documents by relevance to a query."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from .._transport import Call
from ._ops import AsyncResource, SyncResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import CreateRerankResponse
    from openrouter_api.params import CreateRerankRequestParam

    from .._options import RequestOptions

    class RerankCreateArgs(CreateRerankRequestParam, RequestOptions, total=False):
        """The rerank request (``model``, ``query``, ``documents``), plus per-call options."""


__all__ = ["AsyncRerank", "Rerank", "rerank_call"]

PATH = "/rerank"


def rerank_call(params: dict[str, Any]) -> Call:
    """``POST /rerank`` with the arguments given, sent as they are."""
    options = split_options(params)
    return Call("POST", PATH, body=params, options=options)


def _result(data: Any) -> CreateRerankResponse:
    from openrouter_api.models import CreateRerankResponse

    return CreateRerankResponse.from_dict(data)


class Rerank(SyncResource):
    def create(self, **params: Unpack[RerankCreateArgs]) -> CreateRerankResponse:
        """Score ``documents`` against ``query`` with ``model``; ``results`` are sorted by
        ``relevance_score``, each with the ``index`` of its document."""
        return _result(self._client._json(rerank_call(dict(params))))


class AsyncRerank(AsyncResource):
    async def create(self, **params: Unpack[RerankCreateArgs]) -> CreateRerankResponse:
        """Score ``documents`` against ``query`` with ``model``, best first."""
        return _result(await self._client._json(rerank_call(dict(params))))
