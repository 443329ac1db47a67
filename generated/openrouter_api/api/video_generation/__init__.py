"""Operations tagged video_generation, as methods bound to a caller.

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

    from ...models.video_generation_request import VideoGenerationRequest
    from ...models.video_generation_response import VideoGenerationResponse
    from ...models.video_models_list_response import VideoModelsListResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class VideoGenerationApi:
    """video_generation operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def create_videos(
        self,
        *,
        body: VideoGenerationRequest | Mapping[str, Any],
    ) -> VideoGenerationResponse:
        """POST /videos: Submit a video generation request"""
        return self._invoke(
            _operation("create_videos"),
            body=body,
        )

    def get_videos(
        self,
        job_id: str,
    ) -> VideoGenerationResponse:
        """GET /videos/{job_id}: Poll video generation status"""
        return self._invoke(
            _operation("get_videos"),
            job_id=job_id,
        )

    def list_videos_content(
        self,
        job_id: str,
        *,
        index: int | None | Unset = 0,
    ) -> File:
        """GET /videos/{job_id}/content: Download generated video content"""
        return self._invoke(
            _operation("list_videos_content"),
            job_id=job_id,
            index=index,
        )

    def list_videos_models(
        self,
    ) -> VideoModelsListResponse:
        """GET /videos/models: List all video generation models"""
        return self._invoke(
            _operation("list_videos_models"),
        )


class AsyncVideoGenerationApi:
    """video_generation operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def create_videos(
        self,
        *,
        body: VideoGenerationRequest | Mapping[str, Any],
    ) -> VideoGenerationResponse:
        """POST /videos: Submit a video generation request"""
        return await self._invoke(
            _operation("create_videos"),
            body=body,
        )

    async def get_videos(
        self,
        job_id: str,
    ) -> VideoGenerationResponse:
        """GET /videos/{job_id}: Poll video generation status"""
        return await self._invoke(
            _operation("get_videos"),
            job_id=job_id,
        )

    async def list_videos_content(
        self,
        job_id: str,
        *,
        index: int | None | Unset = 0,
    ) -> File:
        """GET /videos/{job_id}/content: Download generated video content"""
        return await self._invoke(
            _operation("list_videos_content"),
            job_id=job_id,
            index=index,
        )

    async def list_videos_models(
        self,
    ) -> VideoModelsListResponse:
        """GET /videos/models: List all video generation models"""
        return await self._invoke(
            _operation("list_videos_models"),
        )
