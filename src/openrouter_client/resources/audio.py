"""``client.audio``: text to speech (streamed audio) and speech to text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._binary import AsyncBinaryResponse, BinaryResponse
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import STTResponse
    from openrouter_api.params import SpeechRequestParam, STTRequestParam

    from .. import AsyncOpenRouter, OpenRouter
    from .._options import RequestOptions

    class SpeechCreateArgs(SpeechRequestParam, RequestOptions, total=False):
        """The speech request (``model``, ``input``; ``voice``, ``response_format``...)."""

    class TranscriptionCreateArgs(STTRequestParam, RequestOptions, total=False):
        """The transcription request (``model``, ``input_audio``), plus per-call options."""


__all__ = ["AsyncAudio", "AsyncSpeech", "AsyncTranscriptions", "Audio", "Speech", "Transcriptions"]


def _body(params: dict[str, Any]) -> tuple[dict[str, Any], RequestOptions]:
    body = dict(params)
    options = split_options(body)
    return {"body": body}, options


class Speech(SyncAPIResource):
    def create(self, **params: Unpack[SpeechCreateArgs]) -> BinaryResponse:
        """Synthesize ``input`` with ``model``; the audio arrives as it is made.

        ``with client.audio.speech.create(...) as audio: audio.write_to_file("out.mp3")``, or
        iterate ``audio.iter_bytes()``; nothing is held in memory whole.
        """
        from openrouter_api.api.tts import create_audio_speech

        args, options = _body(dict(params))
        return BinaryResponse(self._open(create_audio_speech, args, options, accept="audio/*"))


class AsyncSpeech(AsyncAPIResource):
    async def create(self, **params: Unpack[SpeechCreateArgs]) -> AsyncBinaryResponse:
        """Synthesize ``input`` with ``model``; ``async with`` the result and stream it."""
        from openrouter_api.api.tts import create_audio_speech

        args, options = _body(dict(params))
        response = await self._open(create_audio_speech, args, options, accept="audio/*")
        return AsyncBinaryResponse(response)


class Transcriptions(SyncAPIResource):
    def create(self, **params: Unpack[TranscriptionCreateArgs]) -> STTResponse:
        """Transcribe base64 ``input_audio`` (``{"data": ..., "format": "wav"}``) with ``model``."""
        from openrouter_api.api.stt import create_audio_transcriptions

        args, options = _body(dict(params))
        return self._request(create_audio_transcriptions, args, options)


class AsyncTranscriptions(AsyncAPIResource):
    async def create(self, **params: Unpack[TranscriptionCreateArgs]) -> STTResponse:
        """Transcribe base64 ``input_audio`` with ``model``."""
        from openrouter_api.api.stt import create_audio_transcriptions

        args, options = _body(dict(params))
        return await self._request(create_audio_transcriptions, args, options)


class Audio:
    def __init__(self, client: OpenRouter) -> None:
        self.speech = Speech(client)
        self.transcriptions = Transcriptions(client)


class AsyncAudio:
    def __init__(self, client: AsyncOpenRouter) -> None:
        self.speech = AsyncSpeech(client)
        self.transcriptions = AsyncTranscriptions(client)
