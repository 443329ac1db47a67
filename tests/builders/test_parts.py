"""Content parts: the exact JSON each builder makes, that the spec accepts it inside a chat
request, and that bad input fails with a clear error before anything is sent."""

from __future__ import annotations

import base64
import re
from pathlib import Path
from typing import Any

import pytest

from openrouter_client import audio, cache_control, file, image, text, user, video
from openrouter_client.builders import parts
from tests.builders import media
from tests.builders.media import b64
from tests.spec_contract import assert_valid_request, spec

PNG = media.png()
WAV = media.wav()


def chat(*content: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [user([text("hi"), *content])]}


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


# --- text and cache breakpoints ------------------------------------------------------------------


def test_text_part() -> None:
    assert text("hi") == {"type": "text", "text": "hi"}
    assert_valid_request("POST", "/chat/completions", chat(text("again")))


def test_text_cache_control_default_and_ttls() -> None:
    assert text("doc", cache_control=True) == {
        "type": "text",
        "text": "doc",
        "cache_control": {"type": "ephemeral"},
    }
    assert text("doc", cache_control="1h")["cache_control"] == {"type": "ephemeral", "ttl": "1h"}
    assert text("doc", cache_control=False) == {"type": "text", "text": "doc"}
    body = chat(text("a", cache_control="5m"), text("b", cache_control="1h"))
    assert_valid_request("POST", "/chat/completions", body)


def test_cache_control_returns_a_marked_copy() -> None:
    part = text("long document")
    marked = cache_control(part, "1h")
    assert marked == {
        "type": "text",
        "text": "long document",
        "cache_control": {"type": "ephemeral", "ttl": "1h"},
    }
    assert part == {"type": "text", "text": "long document"}
    assert cache_control(part)["cache_control"] == {"type": "ephemeral"}


def test_cache_ttls_are_the_specs() -> None:
    assert (
        list(parts.CACHE_TTLS)
        == spec()["components"]["schemas"]["AnthropicCacheControlTtl"]["enum"]
    )


def test_cache_control_refuses_non_text_parts() -> None:
    with pytest.raises(ValueError, match=r"applies to text parts only .* got a 'image_url' part"):
        cache_control(image("https://example.com/a.png"))  # type: ignore[arg-type]


def test_cache_control_refuses_unknown_ttl() -> None:
    with pytest.raises(ValueError, match=r"cache TTL must be one of '5m', '1h'.*got '10m'"):
        text("x", cache_control="10m")  # type: ignore[arg-type]


def test_text_refuses_non_strings() -> None:
    with pytest.raises(TypeError, match="text\\(\\) takes a string, not bytes"):
        text(b"hi")  # type: ignore[arg-type]


# --- images ----------------------------------------------------------------------------------------


def test_image_url_passes_through_with_detail() -> None:
    url = "https://example.com/cat.jpg"
    assert image(url) == {"type": "image_url", "image_url": {"url": url}}
    assert image(url, detail="low") == {
        "type": "image_url",
        "image_url": {"url": url, "detail": "low"},
    }
    assert_valid_request("POST", "/chat/completions", chat(image(url, detail="original")))


def test_image_details_are_the_specs() -> None:
    schema = spec()["components"]["schemas"]["ChatContentImage"]
    assert (
        list(parts.IMAGE_DETAILS)
        == schema["properties"]["image_url"]["properties"]["detail"]["enum"]
    )


def test_image_from_path_becomes_a_png_data_url(tmp_path: Path) -> None:
    path = write(tmp_path, "dot.png", PNG)
    expected = {"type": "image_url", "image_url": {"url": f"data:image/png;base64,{b64(PNG)}"}}
    assert image(path) == expected
    assert image(str(path)) == expected
    url = image(path)["image_url"]["url"]
    assert base64.b64decode(url.split(",", 1)[1]) == PNG
    assert_valid_request("POST", "/chat/completions", chat(image(path, detail="high")))


@pytest.mark.parametrize(
    ("data", "mime"),
    [
        (PNG, "image/png"),
        (media.JPEG, "image/jpeg"),
        (media.GIF, "image/gif"),
        (media.WEBP, "image/webp"),
    ],
)
def test_image_bytes_are_sniffed(data: bytes, mime: str) -> None:
    assert image(data)["image_url"]["url"] == f"data:{mime};base64,{b64(data)}"
    assert image(bytearray(data)) == image(memoryview(data)) == image(data)


def test_image_type_comes_from_the_content_not_a_wrong_suffix(tmp_path: Path) -> None:
    path = write(tmp_path, "photo.png", media.JPEG)
    assert image(path)["image_url"]["url"].startswith("data:image/jpeg;base64,")


def test_image_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = write(tmp_path, "PHOTO.JPG", media.JPEG)
    assert image(path)["image_url"]["url"].startswith("data:image/jpeg;base64,")


def test_image_mime_type_overrides_detection() -> None:
    data = b"\x00\x00\x00\x18ftypheic"
    part = image(data, mime_type="image/heic")
    assert part["image_url"]["url"] == f"data:image/heic;base64,{b64(data)}"


def test_image_data_url_passes_through() -> None:
    url = f"data:image/png;base64,{b64(PNG)}"
    assert image(url) == {"type": "image_url", "image_url": {"url": url}}


def test_image_missing_path_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nope.png"
    with pytest.raises(
        ValueError, match=rf"image\(\): no such file: '{re.escape(str(missing))}' \(URLs must start"
    ):
        image(missing)


def test_image_directory_fails(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="is not a regular file"):
        image(tmp_path)


def test_image_unreadable_path_fails(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "locked.png", PNG)

    def denied(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", denied)
    with pytest.raises(
        ValueError, match=rf"image\(\): cannot read '{re.escape(str(path))}': Permission denied"
    ):
        image(path)


def test_image_unknown_suffix_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "scan.bmp", b"BM" + bytes(30))
    with pytest.raises(
        ValueError, match=r"unsupported image file type '\.bmp'.*supported: \.gif, \.jpeg"
    ):
        image(path)


def test_image_with_unrecognized_content_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "fake.png", b"not an image at all")
    with pytest.raises(
        ValueError, match=rf"'{re.escape(str(path))}' is not a PNG, JPEG, GIF or WebP image"
    ):
        image(path)


def test_image_unrecognized_bytes_fail() -> None:
    with pytest.raises(
        ValueError, match=r"the data is not a PNG, JPEG, GIF or WebP image.*mime_type="
    ):
        image(b"plain text")


def test_image_empty_bytes_fail() -> None:
    with pytest.raises(ValueError, match=r"image\(\): got empty bytes"):
        image(b"")


def test_image_empty_file_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.png", b"")
    with pytest.raises(ValueError, match=rf"'{re.escape(str(path))}' is empty"):
        image(path)


def test_image_over_the_default_limit_fails_without_reading_it(tmp_path: Path) -> None:
    path = tmp_path / "huge.png"
    with path.open("wb") as handle:  # sparse: nothing is written or read
        handle.truncate(parts.MAX_INLINE_BYTES + 1)
    with pytest.raises(
        ValueError, match=r"is 20\.0 MiB \(20971521 bytes\), over the 20\.0 MiB limit"
    ):
        image(path)


def test_image_over_a_custom_limit_fails_and_a_larger_limit_allows_it(tmp_path: Path) -> None:
    with pytest.raises(
        ValueError, match=rf"the data is .* \({len(PNG)} bytes\), over the .* limit.*max_bytes="
    ):
        image(PNG, max_bytes=len(PNG) - 1)
    assert image(PNG, max_bytes=len(PNG))["image_url"]["url"].startswith("data:image/png")


def test_image_data_url_over_the_limit_fails() -> None:
    url = f"data:image/png;base64,{b64(bytes(300))}"
    with pytest.raises(ValueError, match=r"the data: URL is .* over the .* limit"):
        image(url, max_bytes=100)


def test_image_data_url_of_another_type_fails() -> None:
    with pytest.raises(
        ValueError, match="the data: URL holds 'application/pdf', expected 'image/'"
    ):
        image(f"data:application/pdf;base64,{b64(media.PDF)}")


def test_image_data_url_without_base64_fails() -> None:
    with pytest.raises(ValueError, match="must look like 'data:<type>;base64,<data>'"):
        image("data:image/png,rawbytes")


def test_image_data_url_with_broken_base64_fails() -> None:
    with pytest.raises(ValueError, match="base64 payload is not valid base64"):
        image("data:image/png;base64,@@@@")


def test_image_unsupported_url_scheme_fails() -> None:
    with pytest.raises(ValueError, match=r"unsupported URL scheme 'ftp:'.*http\(s\) or data: URL"):
        image("ftp://example.com/a.png")


def test_image_unknown_detail_fails() -> None:
    with pytest.raises(
        ValueError, match="detail must be one of 'auto', 'low', 'high', 'original', got 'max'"
    ):
        image("https://example.com/a.png", detail="max")  # type: ignore[arg-type]


def test_image_non_image_mime_type_fails() -> None:
    with pytest.raises(ValueError, match="mime_type must be an image/\\* type, got 'text/plain'"):
        image(b"x", mime_type="text/plain")


def test_image_wrong_source_type_fails() -> None:
    with pytest.raises(
        TypeError, match="source must be a URL, a path \\(str or Path\\) or bytes, not int"
    ):
        image(42)  # type: ignore[arg-type]


def test_image_empty_string_fails() -> None:
    with pytest.raises(ValueError, match="got an empty string instead of a URL or a path"):
        image("  ")


def test_invalid_max_bytes_fails() -> None:
    with pytest.raises(ValueError, match="max_bytes must be a positive int, got 0"):
        image(PNG, max_bytes=0)


# --- files (PDF) -----------------------------------------------------------------------------------


def test_file_from_path(tmp_path: Path) -> None:
    path = write(tmp_path, "report.pdf", media.PDF)
    assert file(path) == {
        "type": "file",
        "file": {
            "file_data": f"data:application/pdf;base64,{b64(media.PDF)}",
            "filename": "report.pdf",
        },
    }
    assert file(path, filename="q3.pdf")["file"]["filename"] == "q3.pdf"
    assert_valid_request("POST", "/chat/completions", chat(file(path)))


def test_file_from_bytes_gets_a_default_filename() -> None:
    assert file(media.PDF) == {
        "type": "file",
        "file": {
            "file_data": f"data:application/pdf;base64,{b64(media.PDF)}",
            "filename": "document.pdf",
        },
    }


def test_file_from_url_takes_its_name_from_the_url() -> None:
    url = "https://example.com/papers/attention%20is%20all.pdf?download=1"
    assert file(url) == {
        "type": "file",
        "file": {"file_data": url, "filename": "attention is all.pdf"},
    }
    assert file("https://example.com") == {
        "type": "file",
        "file": {"file_data": "https://example.com"},
    }
    assert_valid_request("POST", "/chat/completions", chat(file(url)))


def test_file_data_url_passes_through() -> None:
    url = f"data:application/pdf;base64,{b64(media.PDF)}"
    assert file(url, filename="a.pdf") == {
        "type": "file",
        "file": {"file_data": url, "filename": "a.pdf"},
    }


def test_file_other_type_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "notes.docx", b"PK\x03\x04")
    with pytest.raises(ValueError, match=r"unsupported file type '\.docx'.*file\(\) sends PDFs"):
        file(path)


def test_file_pdf_suffix_without_pdf_content_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "report.pdf", b"<html>not a pdf</html>")
    with pytest.raises(
        ValueError,
        match=rf"'{re.escape(str(path))}' is not a PDF \(it does not start with '%PDF-'\)",
    ):
        file(path)


def test_file_bytes_that_are_not_a_pdf_fail() -> None:
    with pytest.raises(ValueError, match="the data is not a PDF"):
        file(PNG)


def test_file_over_the_limit_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "big.pdf", media.PDF)
    with pytest.raises(ValueError, match=r"file\(\): '.*big\.pdf' is .* over the .* limit"):
        file(path, max_bytes=10)


def test_file_missing_path_fails(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match=r"file\(\): no such file: .*missing\.pdf"):
        file(tmp_path / "missing.pdf")


# --- audio -----------------------------------------------------------------------------------------


def test_audio_from_path_is_base64_with_the_suffix_format(tmp_path: Path) -> None:
    path = write(tmp_path, "hello.wav", WAV)
    assert audio(path) == {
        "type": "input_audio",
        "input_audio": {"data": b64(WAV), "format": "wav"},
    }
    assert_valid_request("POST", "/chat/completions", chat(audio(path)))


@pytest.mark.parametrize(
    ("data", "fmt"),
    [(WAV, "wav"), (media.MP3, "mp3"), (b"fLaC" + bytes(8), "flac"), (b"OggS" + bytes(8), "ogg")],
)
def test_audio_bytes_are_sniffed(data: bytes, fmt: str) -> None:
    assert audio(data) == {"type": "input_audio", "input_audio": {"data": b64(data), "format": fmt}}


def test_audio_explicit_format_for_raw_pcm() -> None:
    pcm = bytes(32)
    assert audio(pcm, format="pcm16")["input_audio"] == {"data": b64(pcm), "format": "pcm16"}


def test_audio_url_fails() -> None:
    with pytest.raises(ValueError, match=r"audio is sent as base64 data, not as a URL"):
        audio("https://example.com/a.mp3")


def test_audio_unknown_suffix_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "voice.opus", b"x" * 8)
    with pytest.raises(
        ValueError, match=r"unsupported audio file type '\.opus'.*\(or pass format=\)"
    ):
        audio(path)


def test_audio_unrecognized_bytes_fail() -> None:
    with pytest.raises(
        ValueError, match=r"cannot tell the audio format from the bytes.*pass format="
    ):
        audio(bytes(32))


def test_audio_unknown_format_fails() -> None:
    with pytest.raises(ValueError, match=r"format must be one of wav, mp3, .*got 'midi'"):
        audio(WAV, format="midi")  # type: ignore[arg-type]


# --- video -----------------------------------------------------------------------------------------


def test_video_url() -> None:
    url = "https://www.youtube.com/watch?v=dQw4w9WgXcQ"
    assert video(url) == {"type": "video_url", "video_url": {"url": url}}
    assert_valid_request("POST", "/chat/completions", chat(video(url)))


def test_video_from_path_and_bytes(tmp_path: Path) -> None:
    path = write(tmp_path, "clip.mp4", media.MP4)
    expected = {
        "type": "video_url",
        "video_url": {"url": f"data:video/mp4;base64,{b64(media.MP4)}"},
    }
    assert video(path) == expected
    assert video(media.MP4) == expected


def test_video_unknown_suffix_fails(tmp_path: Path) -> None:
    path = write(tmp_path, "clip.avi", b"RIFF")
    with pytest.raises(ValueError, match=r"unsupported video file type '\.avi'"):
        video(path)


# --- all together ----------------------------------------------------------------------------------


def test_every_part_in_one_message_is_a_valid_request(tmp_path: Path) -> None:
    body = chat(
        text("context", cache_control="1h"),
        image(write(tmp_path, "a.png", PNG), detail="auto"),
        image("https://example.com/b.webp"),
        file(write(tmp_path, "a.pdf", media.PDF)),
        audio(WAV),
        video("https://example.com/v.mp4"),
    )
    assert [part["type"] for part in body["messages"][0]["content"]] == [
        "text",
        "text",
        "image_url",
        "image_url",
        "file",
        "input_audio",
        "video_url",
    ]
    assert_valid_request("POST", "/chat/completions", body)
