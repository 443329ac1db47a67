"""``client.audio``: text to speech (streamed audio) and speech to text."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .._options import split_options
from .._transport import Call
from ._binary import AsyncBinaryResponse, BinaryResponse, binary_call
from ._ops import AsyncResource, SyncResource, op_call, op_result

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import STTResponse
    from openrouter_api.params import SpeechRequestParam, STTRequestParam

    from .._client import AsyncOpenRouter, OpenRouter
    from .._options import RequestOptions

    class SpeechCreateArgs(SpeechRequestParam, RequestOptions, total=False):
        """The speech request (``model``, ``input``; ``voice``, ``response_format``...)."""

    class TranscriptionCreateArgs(STTRequestParam, RequestOptions, total=False):
        """The transcription request (``model``, ``input_audio``), plus per-call options."""


__all__ = ["AsyncAudio", "AsyncSpeech", "AsyncTranscriptions", "Audio", "Speech", "Transcriptions"]

TRANSCRIPTIONS_PATH = "/audio/transcriptions"


def speech_call(params: dict[str, Any]) -> Call:
    """``POST /audio/speech``, opened as a stream of audio bytes."""
    from openrouter_api.api.tts import create_audio_speech

    options = split_options(params)
    return binary_call(op_call(create_audio_speech, {"body": params}, options), "audio/*")


def transcription_call(params: dict[str, Any]) -> Call:
    # Built here: the generated module drops a plain-dict body (it only encodes its models).
    options = split_options(params)
    return Call("POST", TRANSCRIPTIONS_PATH, body=params, options=options)


class Speech(SyncResource):
    def create(self, **params: Unpack[SpeechCreateArgs]) -> BinaryResponse:
        """Synthesize ``input`` with ``model``; the audio arrives as it is made.

        ``with client.audio.speech.create(...) as audio: audio.write_to_file("out.mp3")``, or
        iterate ``audio.iter_bytes()``; nothing is held in memory whole.
        """
        return BinaryResponse(self._client._send(speech_call(dict(params))))


class AsyncSpeech(AsyncResource):
    async def create(self, **params: Unpack[SpeechCreateArgs]) -> AsyncBinaryResponse:
        """Synthesize ``input`` with ``model``; ``async with`` the result and stream it."""
        return AsyncBinaryResponse(await self._client._send(speech_call(dict(params))))


class Transcriptions(SyncResource):
    def create(self, **params: Unpack[TranscriptionCreateArgs]) -> STTResponse:
        """Transcribe base64 ``input_audio`` (``{"data": ..., "format": "wav"}``) with ``model``."""
        from openrouter_api.api.stt import create_audio_transcriptions

        response = self._client._send(transcription_call(dict(params)))
        return op_result(create_audio_transcriptions, response)


class AsyncTranscriptions(AsyncResource):
    async def create(self, **params: Unpack[TranscriptionCreateArgs]) -> STTResponse:
        """Transcribe base64 ``input_audio`` with ``model``."""
        from openrouter_api.api.stt import create_audio_transcriptions

        response = await self._client._send(transcription_call(dict(params)))
        return op_result(create_audio_transcriptions, response)


class Audio:
    def __init__(self, client: OpenRouter) -> None:
        self.speech = Speech(client)
        self.transcriptions = Transcriptions(client)


class AsyncAudio:
    def __init__(self, client: AsyncOpenRouter) -> None:
        self.speech = AsyncSpeech(client)
        self.transcriptions = AsyncTranscriptions(client)
