"""``client.videos``: video generation jobs and their content, streamed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._binary import AsyncBinaryResponse, BinaryResponse, binary_call
from ._ops import AsyncResource, SyncResource, op_call

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import VideoGenerationResponse, VideoModelsListResponse
    from openrouter_api.params import VideoGenerationRequestParam

    from .._options import RequestOptions
    from .._transport import Call

    class VideoCreateArgs(VideoGenerationRequestParam, RequestOptions, total=False):
        """The video request, plus per-call options."""


__all__ = ["AsyncVideos", "Videos"]


def content_call(job_id: str, index: int | None, options: RequestOptions) -> Call:
    from openrouter_api.api.video_generation import list_videos_content

    args = {"job_id": job_id, "index": index}
    return binary_call(op_call(list_videos_content, args, options), "video/*")


class Videos(SyncResource):
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
        return BinaryResponse(self._client._send(content_call(job_id, index, options)))

    def models(self, **options: Unpack[RequestOptions]) -> VideoModelsListResponse:
        from openrouter_api.api.video_generation import list_videos_models

        return self._request(list_videos_models, {}, options)


class AsyncVideos(AsyncResource):
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
        call = content_call(job_id, index, options)
        return AsyncBinaryResponse(await self._client._send(call))

    async def models(self, **options: Unpack[RequestOptions]) -> VideoModelsListResponse:
        from openrouter_api.api.video_generation import list_videos_models

        return await self._request(list_videos_models, {}, options)
