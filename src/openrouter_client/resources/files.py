"""``client.files``: stored files: list (cursor-paged), metadata, delete, and content streamed.

Uploading (multipart) is ``client.api.files.upload_file(...)``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._binary import AsyncBinaryResponse, BinaryResponse
from ._pages import AsyncPager, Pager
from ._resource import AsyncAPIResource, SyncAPIResource

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

__all__ = ["AsyncFiles", "Files"]


def _scope(workspace_id: str | None, provider: str | None) -> dict[str, Any]:
    return {"workspace_id": workspace_id, "provider": provider}


def _content_args(file_id: str, workspace_id: str | None, provider: str | None) -> dict[str, Any]:
    return {"file_id": file_id, **_scope(workspace_id, provider)}


class Files(SyncAPIResource):
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
        return Pager(self._send, list_files, args, options)

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
        from openrouter_api.api.files import download_file_content

        args = _content_args(file_id, workspace_id, provider)
        # Any media type: a stored file comes back as whatever it is (a PDF, an image...).
        return BinaryResponse(self._open(download_file_content, args, options, accept="*/*"))


class AsyncFiles(AsyncAPIResource):
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
        return AsyncPager(self._send, list_files, args, options)

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
        from openrouter_api.api.files import download_file_content

        args = _content_args(file_id, workspace_id, provider)
        response = await self._open(download_file_content, args, options, accept="*/*")
        return AsyncBinaryResponse(response)
