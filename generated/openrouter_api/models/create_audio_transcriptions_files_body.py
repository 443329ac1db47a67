from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.create_audio_transcriptions_files_body_response_format import (
        CreateAudioTranscriptionsFilesBodyResponseFormat,
    )
    from ..models.create_audio_transcriptions_files_body_timestamp_granularities_item import (
        CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
    )


@_attrs_define(slots=False, repr=False)
class CreateAudioTranscriptionsFilesBody(LazyModel):
    """
    Attributes:
        file (File): The audio file to transcribe. The format is derived from the filename extension or the file part
            content type. Max 25 MB; send larger files as base64 JSON via input_audio.
        model (str): The model to use for transcription.
        language (str | None): The language of the input audio (ISO-639-1).
        response_format (CreateAudioTranscriptionsFilesBodyResponseFormat | None): The response format. "json" (default)
            returns { text, usage }; "verbose_json" additionally returns task, language, duration, and segment-level
            timestamps (OpenAI-compatible providers only).
        temperature (float | None): The sampling temperature.
        timestamp_granularities (list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | None): Timestamp
            detail levels to include when response_format is "verbose_json". "word" additionally returns word-level
            timestamps in the words array.
    """

    file: File
    model: str
    language: str | None = ABSENT
    response_format: CreateAudioTranscriptionsFilesBodyResponseFormat | None = ABSENT
    temperature: float | None = ABSENT
    timestamp_granularities: (
        list[CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem] | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("file", "file"),
        ("model", "model"),
        ("language", "language"),
        ("response_format", "response_format"),
        ("temperature", "temperature"),
        ("timestamp_granularities", "timestamp_granularities[]"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "file",
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from io import BytesIO

        from ..models.create_audio_transcriptions_files_body_response_format import (
            CreateAudioTranscriptionsFilesBodyResponseFormat,
        )
        from ..models.create_audio_transcriptions_files_body_timestamp_granularities_item import (
            CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem,
        )

        def file_(raw__: Any) -> Any:
            file = File(payload=BytesIO(raw__))

            return file

        def response_format_(raw__: Any) -> Any:
            response_format = CreateAudioTranscriptionsFilesBodyResponseFormat(raw__)

            return response_format

        def timestamp_granularities_(raw__: Any) -> Any:
            timestamp_granularities = []
            _timestamp_granularities = raw__
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = (
                    CreateAudioTranscriptionsFilesBodyTimestampGranularitiesItem(
                        timestamp_granularities_item_data
                    )
                )

                timestamp_granularities.append(timestamp_granularities_item)

            return timestamp_granularities

        return {
            "file": file_,
            "response_format": response_format_,
            "timestamp_granularities": timestamp_granularities_,
        }

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if self.language is not None:
            files.append(
                ("language", (None, str(self.language).encode(), "text/plain"))
            )

        if self.response_format is not None:
            files.append(
                (
                    "response_format",
                    (None, str(self.response_format.value).encode(), "text/plain"),
                )
            )

        if self.temperature is not None:
            files.append(
                ("temperature", (None, str(self.temperature).encode(), "text/plain"))
            )

        if self.timestamp_granularities is not None:
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities[]",
                        (
                            None,
                            str(timestamp_granularities_item_element.value).encode(),
                            "text/plain",
                        ),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files
