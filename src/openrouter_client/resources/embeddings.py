"""``client.embeddings``: vectors for text (and other inputs), and the embedding models."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._pages import AsyncPager, Pager
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import CreateEmbeddingsResponse, Model
    from openrouter_api.params import CreateEmbeddingsRequestParam

    from .._options import RequestOptions

    class EmbeddingCreateArgs(CreateEmbeddingsRequestParam, RequestOptions, total=False):
        """The embeddings request (``model`` and ``input`` required), plus per-call options."""


__all__ = ["AsyncEmbeddings", "Embeddings"]


class Embeddings(SyncAPIResource):
    """Embeddings (blocking)."""

    def create(self, **params: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingsResponse:
        """Embed ``input`` (a string, a list of strings or tokens, or multimodal parts) with
        ``model``; vectors are in ``data[i].embedding``, in input order."""
        from openrouter_api.api.embeddings import create_embeddings

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return self._request(create_embeddings, {"body": body}, options)

    def models(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[Model]:
        """Embedding models, fetched a page at a time as you iterate."""
        from openrouter_api.api.embeddings import list_embeddings_models

        return Pager(self._send, list_embeddings_models, {"limit": limit}, options)


class AsyncEmbeddings(AsyncAPIResource):
    """Embeddings (awaitable)."""

    async def create(self, **params: Unpack[EmbeddingCreateArgs]) -> CreateEmbeddingsResponse:
        """Embed ``input`` with ``model``; vectors are in ``data[i].embedding``."""
        from openrouter_api.api.embeddings import create_embeddings

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return await self._request(create_embeddings, {"body": body}, options)

    def models(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Model]:
        """Embedding models, fetched a page at a time as you ``async for``."""
        from openrouter_api.api.embeddings import list_embeddings_models

        return AsyncPager(self._send, list_embeddings_models, {"limit": limit}, options)
