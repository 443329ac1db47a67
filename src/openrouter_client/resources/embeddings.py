"""``client.embeddings``: vectors for text (and other inputs), and the embedding models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from .._transport import Call
from ._ops import AsyncResource, SyncResource
from ._pages import AsyncPager, Pager

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import CreateEmbeddingsResponse, Model
    from openrouter_api.params import CreateEmbeddingsRequestParam

    from .._options import RequestOptions

    class EmbeddingCreateArgs(CreateEmbeddingsRequestParam, RequestOptions, total=False):
        """The embeddings request (``model`` and ``input`` required), plus per-call options."""


__all__ = ["AsyncEmbeddings", "Embeddings", "embeddings_call"]

PATH = "/embeddings"


def embeddings_call(params: dict[str, Any]) -> Call:
    """``POST /embeddings`` with the arguments given, sent as they are."""
    options = split_options(params)
    return Call("POST", PATH, body=params, options=options)


def _result(data: Any) -> CreateEmbeddingsResponse:
    from openrouter_api.models import CreateEmbeddingsResponse

    return CreateEmbeddingsResponse.from_dict(data)


class Embeddings(SyncResource):
    """Embeddings (blocking)."""

    def create(self, **params: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingsResponse:
        """Embed ``input`` (a string, a list of strings or tokens, or multimodal parts) with
        ``model``; vectors are in ``data[i].embedding``, in input order."""
        return _result(self._client._json(embeddings_call(dict(params))))

    def models(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[Model]:
        """Embedding models, fetched a page at a time as you iterate."""
        from openrouter_api.api.embeddings import list_embeddings_models

        return Pager(self._client, list_embeddings_models, {"limit": limit}, options)


class AsyncEmbeddings(AsyncResource):
    """Embeddings (awaitable)."""

    async def create(self, **params: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingsResponse:
        """Embed ``input`` with ``model``; vectors are in ``data[i].embedding``."""
        return _result(await self._client._json(embeddings_call(dict(params))))

    def models(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Model]:
        """Embedding models, fetched a page at a time as you ``async for``."""
        from openrouter_api.api.embeddings import list_embeddings_models

        return AsyncPager(self._client, list_embeddings_models, {"limit": limit}, options)
