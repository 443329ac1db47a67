"""POST /audio/transcriptions: Create transcription"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ...models.stt_response import STTResponse
from ...types import UNSET, ResponseLike, Unset, to_json

if TYPE_CHECKING:
    from ...models.create_audio_transcriptions_files_body import (
        CreateAudioTranscriptionsFilesBody,
    )
    from ...models.stt_request import STTRequest

METHOD = "POST"
PATH = "/audio/transcriptions"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: STTRequest
    | CreateAudioTranscriptionsFilesBody
    | Mapping[str, Any]
    | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    from ...models.create_audio_transcriptions_files_body import (
        CreateAudioTranscriptionsFilesBody,
    )
    from ...models.stt_request import STTRequest

    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/transcriptions",
    }

    if isinstance(body, STTRequest):
        _kwargs["json"] = to_json(body)

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CreateAudioTranscriptionsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    # A plain dict (e.g. a TypedDict from params) is the JSON body.
    elif isinstance(body, Mapping):
        _kwargs["json"] = to_json(body)
        headers["Content-Type"] = "application/json"
    elif not isinstance(body, Unset):  # never drop a body silently
        raise TypeError(
            "body must be STTRequest, CreateAudioTranscriptionsFilesBody or a JSON mapping, "
            f"not {type(body).__name__}"
        )

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> STTResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = STTResponse.from_dict(response.json())

    return response_200
