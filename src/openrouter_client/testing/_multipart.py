"""``multipart/form-data`` request bodies (file uploads, audio transcriptions) as named parts."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Part", "parse_multipart"]


@dataclass(frozen=True, slots=True)
class Part:
    """One form field: its bytes, and for a file its filename and declared media type."""

    name: str
    data: bytes
    filename: str | None = None
    content_type: str | None = None

    @property
    def text(self) -> str:
        return self.data.decode("utf-8", "replace")


def _boundary(content_type: str) -> bytes | None:
    for item in content_type.split(";")[1:]:
        key, _, value = item.strip().partition("=")
        if key.lower() == "boundary" and value:
            return value.strip('"').encode("latin-1")
    return None


def _header_params(value: str) -> dict[str, str]:
    params = {}
    for item in value.split(";")[1:]:
        key, _, raw = item.strip().partition("=")
        params[key.lower()] = raw.strip().strip('"')
    return params


def parse_multipart(content_type: str, body: bytes) -> list[Part] | None:
    """The parts of a form body, or None when it is not well-formed multipart."""
    boundary = _boundary(content_type)
    if not boundary:
        return None
    delimiter = b"--" + boundary
    chunks = body.split(delimiter)
    if len(chunks) < 3 or not chunks[-1].startswith(b"--"):
        return None
    parts = []
    for chunk in chunks[1:-1]:
        chunk = chunk.removeprefix(b"\r\n").removesuffix(b"\r\n")
        head, sep, data = chunk.partition(b"\r\n\r\n")
        if not sep:
            return None
        headers = {}
        for line in head.decode("utf-8", "replace").split("\r\n"):
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        disposition = _header_params(headers.get("content-disposition", ""))
        if "name" not in disposition:
            return None
        parts.append(
            Part(
                disposition["name"],
                data,
                disposition.get("filename"),
                headers.get("content-type"),
            )
        )
    return parts
