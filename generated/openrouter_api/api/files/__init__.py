"""Operations tagged files, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping  # noqa: F401 (used by some signatures)
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType
    from uuid import UUID

    from ...models.anthropic_file import AnthropicFile
    from ...models.anthropic_file_deleted import AnthropicFileDeleted
    from ...models.anthropic_file_list import AnthropicFileList
    from ...models.file_provider import FileProvider
    from ...models.list_files_order import ListFilesOrder
    from ...models.open_ai_file import OpenAIFile
    from ...models.open_ai_file_deleted import OpenAIFileDeleted
    from ...models.open_ai_file_list import OpenAIFileList
    from ...models.open_router_file import OpenRouterFile
    from ...models.open_router_file_deleted import OpenRouterFileDeleted
    from ...models.open_router_file_list import OpenRouterFileList
    from ...models.upload_file_body import UploadFileBody


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class FilesApi:
    """files operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_files(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: ListFilesOrder | Unset = UNSET,
    ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
        """GET /files: List files"""
        return self._invoke(
            _operation("list_files"),
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            provider=provider,
            after=after,
            after_id=after_id,
            before_id=before_id,
            order=order,
        )

    def upload_file(
        self,
        *,
        body: UploadFileBody,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """POST /files: Upload a file"""
        return self._invoke(
            _operation("upload_file"),
            body=body,
            workspace_id=workspace_id,
            provider=provider,
        )

    def get_file_metadata(
        self,
        file_id: str,
        *,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """GET /files/{file_id}: Get file metadata"""
        return self._invoke(
            _operation("get_file_metadata"),
            file_id=file_id,
            workspace_id=workspace_id,
            provider=provider,
        )

    def delete_file(
        self,
        file_id: str,
        *,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        """DELETE /files/{file_id}: Delete a file"""
        return self._invoke(
            _operation("delete_file"),
            file_id=file_id,
            workspace_id=workspace_id,
            provider=provider,
        )

    def download_file_content(
        self,
        file_id: str,
        *,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> File:
        """GET /files/{file_id}/content: Download file content"""
        return self._invoke(
            _operation("download_file_content"),
            file_id=file_id,
            workspace_id=workspace_id,
            provider=provider,
        )


class AsyncFilesApi:
    """files operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_files(
        self,
        *,
        limit: int | Unset = UNSET,
        cursor: str | Unset = UNSET,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
        after: str | Unset = UNSET,
        after_id: str | Unset = UNSET,
        before_id: str | Unset = UNSET,
        order: ListFilesOrder | Unset = UNSET,
    ) -> AnthropicFileList | OpenAIFileList | OpenRouterFileList:
        """GET /files: List files"""
        return await self._invoke(
            _operation("list_files"),
            limit=limit,
            cursor=cursor,
            workspace_id=workspace_id,
            provider=provider,
            after=after,
            after_id=after_id,
            before_id=before_id,
            order=order,
        )

    async def upload_file(
        self,
        *,
        body: UploadFileBody,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """POST /files: Upload a file"""
        return await self._invoke(
            _operation("upload_file"),
            body=body,
            workspace_id=workspace_id,
            provider=provider,
        )

    async def get_file_metadata(
        self,
        file_id: str,
        *,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> AnthropicFile | OpenAIFile | OpenRouterFile:
        """GET /files/{file_id}: Get file metadata"""
        return await self._invoke(
            _operation("get_file_metadata"),
            file_id=file_id,
            workspace_id=workspace_id,
            provider=provider,
        )

    async def delete_file(
        self,
        file_id: str,
        *,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> AnthropicFileDeleted | OpenAIFileDeleted | OpenRouterFileDeleted:
        """DELETE /files/{file_id}: Delete a file"""
        return await self._invoke(
            _operation("delete_file"),
            file_id=file_id,
            workspace_id=workspace_id,
            provider=provider,
        )

    async def download_file_content(
        self,
        file_id: str,
        *,
        workspace_id: UUID | Unset = UNSET,
        provider: FileProvider | Unset = UNSET,
    ) -> File:
        """GET /files/{file_id}/content: Download file content"""
        return await self._invoke(
            _operation("download_file_content"),
            file_id=file_id,
            workspace_id=workspace_id,
            provider=provider,
        )
