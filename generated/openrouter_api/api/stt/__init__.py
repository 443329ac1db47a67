"""Operations tagged stt, as methods bound to a caller.

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

    from ...models.create_audio_transcriptions_files_body import (
        CreateAudioTranscriptionsFilesBody,
    )
    from ...models.stt_request import STTRequest
    from ...models.stt_response import STTResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class SttApi:
    """stt operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def create_audio_transcriptions(
        self,
        *,
        body: STTRequest
        | CreateAudioTranscriptionsFilesBody
        | Mapping[str, Any]
        | Unset = UNSET,
    ) -> STTResponse:
        """POST /audio/transcriptions: Create transcription"""
        return self._invoke(
            _operation("create_audio_transcriptions"),
            body=body,
        )


class AsyncSttApi:
    """stt operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def create_audio_transcriptions(
        self,
        *,
        body: STTRequest
        | CreateAudioTranscriptionsFilesBody
        | Mapping[str, Any]
        | Unset = UNSET,
    ) -> STTResponse:
        """POST /audio/transcriptions: Create transcription"""
        return await self._invoke(
            _operation("create_audio_transcriptions"),
            body=body,
        )
