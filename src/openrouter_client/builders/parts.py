"""Content-part builders: ``user([text("What is this?"), image("photo.png"), file("a.pdf")])``.

Local files and bytes become base64 inline data with the right MIME type; URLs pass through.
Everything is checked here, before a request is sent: a missing or unreadable path, a type the
API does not take, or an input over the size limit raises ``ValueError`` (a wrong Python type
raises ``TypeError``), naming the problem.

Size limit: inline data (a path, bytes or a ``data:`` URL) may be at most ``MAX_INLINE_BYTES``
(20 MiB) before base64 encoding; pass ``max_bytes=`` to any builder to allow more (or less).
Remote URLs are not fetched, so they are not size-checked.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from collections.abc import Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, Literal, TypeAlias
from urllib.parse import unquote, urlsplit

if TYPE_CHECKING:
    from openrouter_api.params import (
        ChatContentAudioParam,
        ChatContentCacheControlParam,
        ChatContentFileParam,
        ChatContentImageParam,
        ChatContentTextParam,
        ChatContentVideoParam,
    )

__all__ = [
    "AUDIO_FORMATS",
    "IMAGE_DETAILS",
    "IMAGE_MIME_TYPES",
    "MAX_INLINE_BYTES",
    "VIDEO_MIME_TYPES",
    "Source",
    "audio",
    "cache_control",
    "file",
    "image",
    "text",
    "video",
]

MAX_INLINE_BYTES = 20 * 1024 * 1024
"""Default limit for inline data (before base64): larger requests are usually refused upstream."""

Source: TypeAlias = str | os.PathLike[str] | bytes | bytearray | memoryview
"""A URL (``https://``, ``data:``), a local path (``str`` or ``Path``), or the raw bytes."""

CacheTTL: TypeAlias = Literal["5m", "1h"]
ImageDetail: TypeAlias = Literal["auto", "low", "high", "original"]
AudioFormat: TypeAlias = Literal[
    "wav", "mp3", "flac", "m4a", "ogg", "aiff", "aac", "pcm16", "pcm24"
]

CACHE_TTLS: tuple[str, ...] = ("5m", "1h")
IMAGE_DETAILS: tuple[str, ...] = ("auto", "low", "high", "original")
# The formats the spec names for ``input_audio.format``; support varies by provider.
AUDIO_FORMATS: tuple[str, ...] = (
    "wav",
    "mp3",
    "flac",
    "m4a",
    "ogg",
    "aiff",
    "aac",
    "pcm16",
    "pcm24",
)
# OpenRouter's image inputs: PNG, JPEG, WebP and GIF.
IMAGE_MIME_TYPES: dict[str, str] = {
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".gif": "image/gif",
    ".webp": "image/webp",
}
VIDEO_MIME_TYPES: dict[str, str] = {
    ".mp4": "video/mp4",
    ".mpeg": "video/mpeg",
    ".mpg": "video/mpeg",
    ".mov": "video/quicktime",
    ".webm": "video/webm",
}
_AUDIO_SUFFIXES: dict[str, str] = {
    ".wav": "wav",
    ".mp3": "mp3",
    ".flac": "flac",
    ".m4a": "m4a",
    ".ogg": "ogg",
    ".oga": "ogg",
    ".aiff": "aiff",
    ".aif": "aiff",
    ".aac": "aac",
}
_PDF = "application/pdf"
_URL_SCHEME = re.compile(r"^([a-zA-Z][a-zA-Z0-9+.-]*):")
_DATA_URL = re.compile(r"^data:([^;,]*)((?:;[^;,]*)*),(.*)$", re.DOTALL)


# --- text and cache breakpoints ------------------------------------------------------------------


def text(value: str, cache_control: CacheTTL | bool | None = None) -> ChatContentTextParam:
    """A text part. ``cache_control=True`` (or a TTL, ``"5m"``/``"1h"``) marks a prompt-cache
    breakpoint after it (Anthropic-style; OpenRouter translates it for other providers)."""
    if not isinstance(value, str):
        raise TypeError(f"text() takes a string, not {type(value).__name__}")
    part: ChatContentTextParam = {"type": "text", "text": value}
    if cache_control is None or cache_control is False:
        return part
    ttl = None if cache_control is True else cache_control
    return _with_cache_control(part, ttl, "text()")


def cache_control(part: ChatContentTextParam, ttl: CacheTTL | None = None) -> ChatContentTextParam:
    """A copy of a text part with a prompt-cache breakpoint (``{"type": "ephemeral"}``, plus
    ``ttl`` when given; the provider's default is 5 minutes).

    The spec allows ``cache_control`` on text parts only, so other parts raise ``ValueError``.
    """
    if not isinstance(part, Mapping):
        raise TypeError(f"cache_control() takes a content part dict, not {type(part).__name__}")
    kind = part.get("type")
    if kind != "text":
        raise ValueError(
            f"cache_control() applies to text parts only (the API accepts cache_control on "
            f"'text' parts), got a {kind!r} part; put the breakpoint on a text part after it"
        )
    return _with_cache_control(dict(part), ttl, "cache_control()")  # type: ignore[arg-type]


def _with_cache_control(
    part: ChatContentTextParam, ttl: str | None, where: str
) -> ChatContentTextParam:
    control: ChatContentCacheControlParam = {"type": "ephemeral"}
    if ttl is not None:
        if ttl not in CACHE_TTLS:
            raise ValueError(
                f"{where}: cache TTL must be one of {', '.join(map(repr, CACHE_TTLS))} "
                f"(or True for the default), got {ttl!r}"
            )
        control["ttl"] = ttl  # type: ignore[typeddict-item]
    part["cache_control"] = control
    return part


# --- images ----------------------------------------------------------------------------------------


def image(
    source: Source,
    *,
    detail: ImageDetail | None = None,
    mime_type: str | None = None,
    max_bytes: int | None = None,
) -> ChatContentImageParam:
    """An image part from an ``http(s)``/``data:`` URL, a local PNG/JPEG/GIF/WebP path, or bytes.

    Local data is sent inline as a base64 ``data:`` URL; its type is read from the bytes (a
    ``.png`` that is really a JPEG is sent as JPEG). ``mime_type`` overrides the detection for
    other ``image/*`` types a model may accept. ``detail`` is the vision detail level.
    """
    where = "image()"
    if detail is not None and detail not in IMAGE_DETAILS:
        raise ValueError(
            f"{where}: detail must be one of {', '.join(map(repr, IMAGE_DETAILS))}, got {detail!r}"
        )
    if mime_type is not None and not _is_mime(mime_type, "image/"):
        raise ValueError(f"{where}: mime_type must be an image/* type, got {mime_type!r}")
    limit = _limit(max_bytes, where)
    url = _url(source, where, limit, media="image/", explicit_mime=mime_type)
    if url is None:
        data, path = _read(source, where, limit)
        mime = mime_type or _image_mime(data, path, where)
        url = _data_url(mime, data)
    image_url: dict[str, str] = {"url": url}
    if detail is not None:
        image_url["detail"] = detail
    return {"type": "image_url", "image_url": image_url}  # type: ignore[typeddict-item]


def _image_mime(data: bytes, path: Path | None, where: str) -> str:
    what = f"{str(path)!r}" if path is not None else "the data"
    if path is not None and path.suffix.lower() not in IMAGE_MIME_TYPES:
        raise ValueError(
            f"{where}: unsupported image file type {path.suffix or '(no suffix)'!r} for {what}; "
            f"supported: {', '.join(sorted(IMAGE_MIME_TYPES))} (or pass mime_type=)"
        )
    sniffed = _sniff_image(data)
    if sniffed is None:
        raise ValueError(
            f"{where}: {what} is not a PNG, JPEG, GIF or WebP image (unrecognized header); "
            f"pass mime_type= to send another image type"
        )
    return sniffed


def _sniff_image(data: bytes) -> str | None:
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if data.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if data.startswith((b"GIF87a", b"GIF89a")):
        return "image/gif"
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


# --- files (PDF) -----------------------------------------------------------------------------------


def file(
    source: Source, *, filename: str | None = None, max_bytes: int | None = None
) -> ChatContentFileParam:
    """A PDF part from an ``http(s)``/``data:`` URL, a local ``.pdf`` path, or bytes.

    Local data is sent inline as a base64 ``data:application/pdf`` URL. ``filename`` defaults to
    the path's or URL's file name, and to ``document.pdf`` for bytes (some providers need one).
    How the PDF is read is chosen with the ``file_parser()`` plugin.
    """
    where = "file()"
    if filename is not None and (not isinstance(filename, str) or not filename):
        raise TypeError(f"{where}: filename must be a non-empty string, got {filename!r}")
    limit = _limit(max_bytes, where)
    url = _url(source, where, limit, media=_PDF)
    if url is not None:
        name = filename or _url_filename(url)
    else:
        data, path = _read(source, where, limit)
        what = f"{str(path)!r}" if path is not None else "the data"
        if path is not None and path.suffix.lower() != ".pdf":
            raise ValueError(
                f"{where}: unsupported file type {path.suffix or '(no suffix)'!r} for {what}; "
                f"file() sends PDFs (.pdf); use image() for images, audio() for audio"
            )
        if not data.startswith(b"%PDF-"):
            raise ValueError(f"{where}: {what} is not a PDF (it does not start with '%PDF-')")
        url = _data_url(_PDF, data)
        name = filename or (path.name if path is not None else "document.pdf")
    payload: dict[str, str] = {"file_data": url}
    if name:
        payload["filename"] = name
    return {"type": "file", "file": payload}  # type: ignore[typeddict-item]


def _url_filename(url: str) -> str | None:
    if url.startswith("data:"):
        return None
    name = PurePosixPath(unquote(urlsplit(url).path)).name
    return name or None


# --- audio -----------------------------------------------------------------------------------------


def audio(
    source: Source,
    *,
    format: AudioFormat | None = None,
    max_bytes: int | None = None,
) -> ChatContentAudioParam:
    """An audio part from a local path or bytes, sent as base64 ``input_audio``.

    ``format`` (wav, mp3, flac, m4a, ogg, aiff, aac, pcm16, pcm24) defaults to the path's suffix
    or, for bytes, to what the header says. The API takes no audio URLs: download them first.
    """
    where = "audio()"
    if format is not None and format not in AUDIO_FORMATS:
        raise ValueError(
            f"{where}: format must be one of {', '.join(AUDIO_FORMATS)}, got {format!r}"
        )
    limit = _limit(max_bytes, where)
    if isinstance(source, str) and _URL_SCHEME.match(source) and not _is_windows_drive(source):
        raise ValueError(
            f"{where}: audio is sent as base64 data, not as a URL ({source[:60]!r}); "
            f"pass a local path or the bytes"
        )
    data, path = _read(source, where, limit)
    fmt = format or _audio_format(data, path, where)
    encoded = base64.b64encode(data).decode("ascii")
    return {"type": "input_audio", "input_audio": {"data": encoded, "format": fmt}}


def _audio_format(data: bytes, path: Path | None, where: str) -> str:
    if path is not None:
        fmt = _AUDIO_SUFFIXES.get(path.suffix.lower())
        if fmt is None:
            raise ValueError(
                f"{where}: unsupported audio file type {path.suffix or '(no suffix)'!r} for "
                f"{str(path)!r}; supported: {', '.join(sorted(_AUDIO_SUFFIXES))} (or pass format=)"
            )
        return fmt
    sniffed = _sniff_audio(data)
    if sniffed is None:
        raise ValueError(
            f"{where}: cannot tell the audio format from the bytes (not WAV, MP3, FLAC, OGG, "
            f"AIFF or M4A); pass format="
        )
    return sniffed


def _sniff_audio(data: bytes) -> str | None:
    if data[:4] == b"RIFF" and data[8:12] == b"WAVE":
        return "wav"
    if data.startswith(b"ID3") or (len(data) > 1 and data[0] == 0xFF and data[1] & 0xE6 == 0xE2):
        return "mp3"  # an ID3 tag, or an MPEG audio layer III frame sync
    if data.startswith(b"fLaC"):
        return "flac"
    if data.startswith(b"OggS"):
        return "ogg"
    if data[:4] == b"FORM" and data[8:12] in (b"AIFF", b"AIFC"):
        return "aiff"
    if data[4:8] == b"ftyp" and data[8:11] == b"M4A":
        return "m4a"
    return None


# --- video -----------------------------------------------------------------------------------------


def video(source: Source, *, max_bytes: int | None = None) -> ChatContentVideoParam:
    """A video part from an ``http(s)``/``data:`` URL (e.g. a YouTube link for Gemini), or a
    local .mp4/.mov/.webm/.mpeg path or bytes sent inline as a base64 ``data:`` URL."""
    where = "video()"
    limit = _limit(max_bytes, where)
    url = _url(source, where, limit, media="video/")
    if url is None:
        data, path = _read(source, where, limit)
        url = _data_url(_video_mime(data, path, where), data)
    return {"type": "video_url", "video_url": {"url": url}}


def _video_mime(data: bytes, path: Path | None, where: str) -> str:
    if path is not None:
        mime = VIDEO_MIME_TYPES.get(path.suffix.lower())
        if mime is None:
            raise ValueError(
                f"{where}: unsupported video file type {path.suffix or '(no suffix)'!r} for "
                f"{str(path)!r}; supported: {', '.join(sorted(VIDEO_MIME_TYPES))}"
            )
        return mime
    if data[4:8] == b"ftyp":
        return "video/quicktime" if data[8:12] == b"qt  " else "video/mp4"
    if data.startswith(b"\x1a\x45\xdf\xa3"):
        return "video/webm"
    if data.startswith((b"\x00\x00\x01\xba", b"\x00\x00\x01\xb3")):
        return "video/mpeg"
    raise ValueError(
        f"{where}: cannot tell the video type from the bytes (not MP4, MOV, WebM or MPEG)"
    )


# --- shared: URLs, paths, limits -------------------------------------------------------------------


def _limit(max_bytes: int | None, where: str) -> int:
    if max_bytes is None:
        return MAX_INLINE_BYTES
    if isinstance(max_bytes, bool) or not isinstance(max_bytes, int) or max_bytes <= 0:
        raise ValueError(f"{where}: max_bytes must be a positive int, got {max_bytes!r}")
    return max_bytes


def _is_mime(value: Any, prefix: str) -> bool:
    return isinstance(value, str) and value.startswith(prefix) and len(value) > len(prefix)


def _is_windows_drive(value: str) -> bool:
    return re.match(r"^[a-zA-Z]:[\\/]", value) is not None


def _url(
    source: Source, where: str, limit: int, *, media: str, explicit_mime: str | None = None
) -> str | None:
    """``source`` as a URL to send, or None when it is a path or bytes to read."""
    if not isinstance(source, str):
        return None
    if not source.strip():
        raise ValueError(f"{where}: got an empty string instead of a URL or a path")
    match = _URL_SCHEME.match(source)
    if match is None or _is_windows_drive(source):
        return None
    scheme = match.group(1).lower()
    if scheme in ("http", "https"):
        return source
    if scheme == "data":
        _check_data_url(source, where, limit, media, explicit_mime)
        return source
    raise ValueError(
        f"{where}: unsupported URL scheme {scheme + ':'!r} in {source[:60]!r}; "
        f"use an http(s) or data: URL, or a local path"
    )


def _check_data_url(
    url: str, where: str, limit: int, media: str, explicit_mime: str | None
) -> None:
    match = _DATA_URL.match(url)
    if match is None or ";base64" not in match.group(2).lower():
        raise ValueError(f"{where}: a data: URL must look like 'data:<type>;base64,<data>'")
    mime = match.group(1).lower()
    expected = explicit_mime or media
    if not (mime == expected if not expected.endswith("/") else _is_mime(mime, expected)):
        raise ValueError(
            f"{where}: the data: URL holds {mime or 'no type'!r}, expected {expected!r}"
        )
    payload = match.group(3)
    size = len(payload) * 3 // 4
    if size > limit:
        raise ValueError(_too_large(where, "the data: URL", size, limit))
    try:
        base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError):
        raise ValueError(f"{where}: the data: URL's base64 payload is not valid base64") from None


def _read(source: Source, where: str, limit: int) -> tuple[bytes, Path | None]:
    """The bytes of ``source`` (checked against ``limit``) and its path, if it was one."""
    if isinstance(source, (bytes, bytearray, memoryview)):
        data = bytes(source)
        if len(data) > limit:
            raise ValueError(_too_large(where, "the data", len(data), limit))
        if not data:
            raise ValueError(f"{where}: got empty bytes")
        return data, None
    if not isinstance(source, (str, os.PathLike)):
        raise TypeError(
            f"{where}: source must be a URL, a path (str or Path) or bytes, "
            f"not {type(source).__name__}"
        )
    path = Path(source)
    try:
        info = path.stat()
    except FileNotFoundError:
        hint = (
            " (URLs must start with http://, https:// or data:)" if "://" not in str(source) else ""
        )
        raise ValueError(f"{where}: no such file: {str(path)!r}{hint}") from None
    except OSError as exc:
        raise ValueError(f"{where}: cannot read {str(path)!r}: {exc.strerror or exc}") from None
    if not path.is_file():
        raise ValueError(f"{where}: {str(path)!r} is not a regular file")
    if info.st_size > limit:
        raise ValueError(_too_large(where, repr(str(path)), info.st_size, limit))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValueError(f"{where}: cannot read {str(path)!r}: {exc.strerror or exc}") from None
    if len(data) > limit:  # grew since stat
        raise ValueError(_too_large(where, repr(str(path)), len(data), limit))
    if not data:
        raise ValueError(f"{where}: {str(path)!r} is empty")
    return data, path


def _too_large(where: str, what: str, size: int, limit: int) -> str:
    return (
        f"{where}: {what} is {_mib(size)} ({size} bytes), over the {_mib(limit)} limit for inline "
        f"data; pass max_bytes= to allow more, or send a URL"
    )


def _mib(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MiB"


def _data_url(mime: str, data: bytes) -> str:
    return f"data:{mime};base64,{base64.b64encode(data).decode('ascii')}"
