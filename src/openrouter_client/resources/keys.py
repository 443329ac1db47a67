"""``client.key`` (the key in use) and ``client.keys`` (managing keys, management key required).

``limit`` is a spending cap in USD; ``limit: None`` (JSON null) means *unlimited*, never 0: it is
kept as None when read, and ``update(hash, limit=None)`` sends null to remove a cap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._pages import AsyncPager, Pager
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import (
        CreateKeysResponse,
        DeleteKeysResponse,
        GetCurrentKeyResponse,
        GetKeyResponse,
        ListKeysResponseDataItem,
        UpdateKeysResponse,
    )
    from openrouter_api.params import CreateKeysRequestParam, UpdateKeysRequestParam

    from .._options import RequestOptions

    class KeyCreateArgs(CreateKeysRequestParam, RequestOptions, total=False):
        """The fields of a new key, plus per-call options."""

    class KeyUpdateArgs(UpdateKeysRequestParam, RequestOptions, total=False):
        """The fields to change, plus per-call options."""


__all__ = ["AsyncKey", "AsyncKeys", "Key", "Keys"]


def _list_args(include_disabled: bool | None, workspace_id: str | None) -> dict[str, Any]:
    # The spec types include_disabled as a string query value ("true"/"false").
    disabled = None if include_disabled is None else str(include_disabled).lower()
    return {"include_disabled": disabled, "workspace_id": workspace_id}


def _body(params: dict[str, Any]) -> tuple[dict[str, Any], RequestOptions]:
    options = split_options(params)
    return {"body": params}, options


class Key(SyncAPIResource):
    def get(self, **options: Unpack[RequestOptions]) -> GetCurrentKeyResponse:
        """The key in use: ``data.limit`` (None = unlimited), ``usage``, ``limit_remaining``,
        ``rate_limit``, free-tier and management flags."""
        from openrouter_api.api.api_keys import get_current_key

        return self._request(get_current_key, {}, options)


class AsyncKey(AsyncAPIResource):
    async def get(self, **options: Unpack[RequestOptions]) -> GetCurrentKeyResponse:
        """The key in use: ``data.limit`` (None = unlimited), usage and rate limit."""
        from openrouter_api.api.api_keys import get_current_key

        return await self._request(get_current_key, {}, options)


class Keys(SyncAPIResource):
    """API keys of the account: list, create, get, update, delete (management key required)."""

    def list(
        self,
        *,
        include_disabled: bool | None = None,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[ListKeysResponseDataItem]:
        """Every key, fetched a page at a time as you iterate (``offset`` paging)."""
        args = _list_args(include_disabled, workspace_id)
        from openrouter_api.api.api_keys import list_

        return Pager(self._send, list_, args, options)

    def create(self, **params: Unpack[KeyCreateArgs]) -> CreateKeysResponse:
        """Create a key; the secret is in ``key`` of the answer, shown this once only."""
        args, options = _body(dict(params))
        from openrouter_api.api.api_keys import create_keys

        return self._request(create_keys, args, options)

    def get(self, hash: str, **options: Unpack[RequestOptions]) -> GetKeyResponse:
        """One key by its hash (``data.hash`` in ``list``), never by its secret."""
        from openrouter_api.api.api_keys import get_key

        return self._request(get_key, {"hash_": hash}, options)

    def update(self, hash: str, **params: Unpack[KeyUpdateArgs]) -> UpdateKeysResponse:
        """Change a key's fields; only those given are sent (``limit=None`` removes the cap)."""
        args, options = _body(dict(params))
        from openrouter_api.api.api_keys import update_keys

        return self._request(update_keys, {"hash_": hash, **args}, options)

    def delete(self, hash: str, **options: Unpack[RequestOptions]) -> DeleteKeysResponse:
        from openrouter_api.api.api_keys import delete_keys

        return self._request(delete_keys, {"hash_": hash}, options)


class AsyncKeys(AsyncAPIResource):
    """API keys of the account: list, create, get, update, delete (management key required)."""

    def list(
        self,
        *,
        include_disabled: bool | None = None,
        workspace_id: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[ListKeysResponseDataItem]:
        """Every key, fetched a page at a time as you ``async for`` (``offset`` paging)."""
        args = _list_args(include_disabled, workspace_id)
        from openrouter_api.api.api_keys import list_

        return AsyncPager(self._send, list_, args, options)

    async def create(self, **params: Unpack[KeyCreateArgs]) -> CreateKeysResponse:
        """Create a key; the secret is in ``key`` of the answer, shown this once only."""
        args, options = _body(dict(params))
        from openrouter_api.api.api_keys import create_keys

        return await self._request(create_keys, args, options)

    async def get(self, hash: str, **options: Unpack[RequestOptions]) -> GetKeyResponse:
        from openrouter_api.api.api_keys import get_key

        return await self._request(get_key, {"hash_": hash}, options)

    async def update(self, hash: str, **params: Unpack[KeyUpdateArgs]) -> UpdateKeysResponse:
        """Change a key's fields; only those given are sent (``limit=None`` removes the cap)."""
        args, options = _body(dict(params))
        from openrouter_api.api.api_keys import update_keys

        return await self._request(update_keys, {"hash_": hash, **args}, options)

    async def delete(self, hash: str, **options: Unpack[RequestOptions]) -> DeleteKeysResponse:
        from openrouter_api.api.api_keys import delete_keys

        return await self._request(delete_keys, {"hash_": hash}, options)
