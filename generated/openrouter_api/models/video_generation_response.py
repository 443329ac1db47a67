from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.video_generation_response_status import VideoGenerationResponseStatus
    from ..models.video_generation_usage import VideoGenerationUsage


@_attrs_define(slots=False, repr=False)
class VideoGenerationResponse(LazyModel):
    """
    Example:
        {'generation_id': 'gen-xyz789', 'id': 'job-abc123', 'polling_url': '/api/v1/videos/job-abc123', 'status':
            'pending'}

    Attributes:
        id (str):
        polling_url (str):
        status (VideoGenerationResponseStatus):
        error (str | None):
        generation_id (str | None): The generation ID associated with this video generation job. Available once the job
            has been processed.
        unsigned_urls (list[str] | None):
        usage (VideoGenerationUsage | None): Usage and cost information for the video generation. Available once the job
            has completed. Example: {'cost': 0.5, 'is_byok': False}.
    """

    id: str
    polling_url: str
    status: VideoGenerationResponseStatus
    error: str | None = ABSENT
    generation_id: str | None = ABSENT
    unsigned_urls: list[str] | None = ABSENT
    usage: VideoGenerationUsage | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("polling_url", "polling_url"),
        ("status", "status"),
        ("error", "error"),
        ("generation_id", "generation_id"),
        ("unsigned_urls", "unsigned_urls"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "polling_url",
            "status",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.video_generation_response_status import (
            VideoGenerationResponseStatus,
        )
        from ..models.video_generation_usage import VideoGenerationUsage

        def status_(raw__: Any) -> Any:
            status = VideoGenerationResponseStatus(raw__)

            return status

        def unsigned_urls_(raw__: Any) -> Any:
            unsigned_urls = cast(list[str], raw__)

            return unsigned_urls

        def usage_(raw__: Any) -> Any:
            usage = VideoGenerationUsage.from_dict(raw__)

            return usage

        return {
            "status": status_,
            "unsigned_urls": unsigned_urls_,
            "usage": usage_,
        }
