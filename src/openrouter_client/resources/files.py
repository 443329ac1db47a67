"""``client.files``: stored files: list (cursor-paged), metadata, delete, and content streamed.

Uploading (multipart) is ``client.api.files.upload_file(...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._binary import AsyncBinaryResponse, BinaryResponse, binary_call
from ._ops import AsyncResource, SyncResource, op_call
from ._pages import AsyncPager, Pager

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import (
        AnthropicFile,
        AnthropicFileDeleted,
        OpenAIFile,
        OpenAIFileDeleted,
        OpenRouterFile,
        OpenRouterFileDeleted,
    )

    from .._options import RequestOptions
    from .._transport import Call

__all__ = ["AsyncFiles", "Files"]


def _scope(workspace_id: str | None, provider: str | None) -> dict[str, Any]:
    return {"workspace_id": workspace_id, "provider": provider}


def content_call(
    file_id: str, workspace_id: str | None, provider: str | None, options: RequestOptions
) -> Call:
    from openrouter_api.api.files import download_file_content

    args = {"file_id": file_id, **_scope(workspace_id, provider)}
    return binary_call(op_call(download_file_content, args, options))


class Files(SyncResource):
    """Files (blocking)."""

    def list(
        self,
        *,
        limit: int | None = None,
        workspace_id: str | None = None,
        provider: str | None = None,
        order: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Any]:
        """Every file, a page at a time as you iterate (``cursor`` paging; provider stores page
        by ``after``/``after_id``)."""
        from openrouter_api.api.files import list_files

        args = {"limit": limit, "order": order, **_scope(workspace_id, provider)}
        return Pager(self._client, list_files, args, options)

    def get(
        self,
        file_id: str,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        from openrouter_api.api.files import get_file_metadata

        args = {"file_id": file_id, **_scope(workspace_id, provider)}
        return self._request(get_file_metadata, args, options)

    def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        from openrouter_api.api.files import delete_file

        args = {"file_id": file_id, **_scope(workspace_id, provider)}
        return self._request(delete_file, args, options)

    def content(
        self,
        file_id: str,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> BinaryResponse:
        """The file's bytes, streamed: ``write_to_file(path)`` or ``iter_bytes()``."""
        call = content_call(file_id, workspace_id, provider, options)
        return BinaryResponse(self._client._send(call))


class AsyncFiles(AsyncResource):
    """Files (awaitable)."""

    def list(
        self,
        *,
        limit: int | None = None,
        workspace_id: str | None = None,
        provider: str | None = None,
        order: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Any]:
        """Every file, a page at a time as you ``async for`` (``cursor`` paging)."""
        from openrouter_api.api.files import list_files

        args = {"limit": limit, "order": order, **_scope(workspace_id, provider)}
        return AsyncPager(self._client, list_files, args, options)

    async def get(
        self,
        file_id: str,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        from openrouter_api.api.files import get_file_metadata

        args = {"file_id": file_id, **_scope(workspace_id, provider)}
        return await self._request(get_file_metadata, args, options)

    async def delete(
        self,
        file_id: str,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        from openrouter_api.api.files import delete_file

        args = {"file_id": file_id, **_scope(workspace_id, provider)}
        return await self._request(delete_file, args, options)

    async def content(
        self,
        file_id: str,
        *,
        workspace_id: str | None = None,
        provider: str | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncBinaryResponse:
        """The file's bytes, streamed: ``await write_to_file(path)`` or ``iter_bytes()``."""
        call = content_call(file_id, workspace_id, provider, options)
        return AsyncBinaryResponse(await self._client._send(call))
