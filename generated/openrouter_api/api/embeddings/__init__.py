"""Operations tagged embeddings, as methods bound to a caller.

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

    from ...models.create_embeddings_request import CreateEmbeddingsRequest
    from ...models.create_embeddings_response import CreateEmbeddingsResponse
    from ...models.models_list_response import ModelsListResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class EmbeddingsApi:
    """embeddings operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def create_embeddings(
        self,
        *,
        body: CreateEmbeddingsRequest | Mapping[str, Any],
    ) -> CreateEmbeddingsResponse:
        """POST /embeddings: Submit an embedding request"""
        return self._invoke(
            _operation("create_embeddings"),
            body=body,
        )

    def list_embeddings_models(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 500,
    ) -> ModelsListResponse:
        """GET /embeddings/models: List all embeddings models"""
        return self._invoke(
            _operation("list_embeddings_models"),
            offset=offset,
            limit=limit,
        )


class AsyncEmbeddingsApi:
    """embeddings operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def create_embeddings(
        self,
        *,
        body: CreateEmbeddingsRequest | Mapping[str, Any],
    ) -> CreateEmbeddingsResponse:
        """POST /embeddings: Submit an embedding request"""
        return await self._invoke(
            _operation("create_embeddings"),
            body=body,
        )

    async def list_embeddings_models(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 500,
    ) -> ModelsListResponse:
        """GET /embeddings/models: List all embeddings models"""
        return await self._invoke(
            _operation("list_embeddings_models"),
            offset=offset,
            limit=limit,
        )
