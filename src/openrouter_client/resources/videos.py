"""``client.videos``: video generation jobs and their content, streamed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._binary import AsyncBinaryResponse, BinaryResponse
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import VideoGenerationResponse, VideoModelsListResponse
    from openrouter_api.params import VideoGenerationRequestParam

    from .._options import RequestOptions

    class VideoCreateArgs(VideoGenerationRequestParam, RequestOptions, total=False):
        """The video request, plus per-call options."""


__all__ = ["AsyncVideos", "Videos"]


class Videos(SyncAPIResource):
    """Video generation (blocking)."""

    def create(self, **params: Unpack[VideoCreateArgs]) -> VideoGenerationResponse:
        """Start a job; poll ``get(job_id)`` until it is done, then stream ``content``."""
        from openrouter_api.api.video_generation import create_videos

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return self._request(create_videos, {"body": body}, options)

    def get(self, job_id: str, **options: Unpack[RequestOptions]) -> VideoGenerationResponse:
        from openrouter_api.api.video_generation import get_videos

        return self._request(get_videos, {"job_id": job_id}, options)

    def content(
        self, job_id: str, *, index: int | None = None, **options: Unpack[RequestOptions]
    ) -> BinaryResponse:
        """Video ``index`` of a finished job, streamed: ``write_to_file(path)``/``iter_bytes()``."""
        from openrouter_api.api.video_generation import list_videos_content

        args = {"job_id": job_id, "index": index}
        return BinaryResponse(self._open(list_videos_content, args, options, accept="video/*"))

    def models(self, **options: Unpack[RequestOptions]) -> VideoModelsListResponse:
        from openrouter_api.api.video_generation import list_videos_models

        return self._request(list_videos_models, {}, options)


class AsyncVideos(AsyncAPIResource):
    """Video generation (awaitable)."""

    async def create(self, **params: Unpack[VideoCreateArgs]) -> VideoGenerationResponse:
        """Start a job; poll ``get(job_id)`` until it is done, then stream ``content``."""
        from openrouter_api.api.video_generation import create_videos

        body: dict[str, Any] = dict(params)
        options = split_options(body)
        return await self._request(create_videos, {"body": body}, options)

    async def get(self, job_id: str, **options: Unpack[RequestOptions]) -> VideoGenerationResponse:
        from openrouter_api.api.video_generation import get_videos

        return await self._request(get_videos, {"job_id": job_id}, options)

    async def content(
        self, job_id: str, *, index: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncBinaryResponse:
        """Video ``index`` of a finished job, streamed."""
        from openrouter_api.api.video_generation import list_videos_content

        args = {"job_id": job_id, "index": index}
        response = await self._open(list_videos_content, args, options, accept="video/*")
        return AsyncBinaryResponse(response)

    async def models(self, **options: Unpack[RequestOptions]) -> VideoModelsListResponse:
        from openrouter_api.api.video_generation import list_videos_models

        return await self._request(list_videos_models, {}, options)
