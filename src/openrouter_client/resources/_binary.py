"""Binary response bodies (speech audio, file and video content), read as they arrive.

The HTTP response stays open until the body is consumed or closed, so a long audio or video is
never held in memory whole: write it to a file or iterate its chunks. Use the object in ``with``
(``async with``) so the connection is released even when you stop early.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator, Iterator
from typing import TYPE_CHECKING

import httpx

from .._errors import StreamError
from .._request import decode_json

if TYPE_CHECKING:
    from types import TracebackType
    from typing import Self

CHUNK_SIZE = 64 * 1024

__all__ = ["AsyncBinaryResponse", "BinaryResponse"]


def _is_json(response: httpx.Response) -> bool:
    return "json" in response.headers.get("content-type", "")


def _broken(response: httpx.Response, received: int, exc: httpx.HTTPError) -> StreamError:
    """A body that broke off: never a silently short file. ``partial`` is the byte count."""
    request = response.request
    what = (
        "went idle past the read timeout"
        if isinstance(exc, httpx.TimeoutException)
        else "broke off"
    )
    error = StreamError(
        f"{request.method} {request.url.path} body {what} after {received} bytes "
        f"({type(exc).__name__})",
        partial=received,
        status_code=response.status_code,
        headers=response.headers,
    )
    error.timed_out = isinstance(exc, httpx.TimeoutException)
    return error


class _BinaryBase:
    def __init__(self, response: httpx.Response) -> None:
        self.response = response

    @property
    def headers(self) -> httpx.Headers:
        return self.response.headers

    @property
    def content_type(self) -> str | None:
        """The media type sent (e.g. ``audio/mpeg``), which can differ from the one asked for."""
        value: str | None = self.response.headers.get("content-type")
        return value

    def __repr__(self) -> str:
        return f"<{type(self).__name__} [{self.response.status_code}] {self.content_type}>"


class BinaryResponse(_BinaryBase):
    """A binary body still being received (blocking)."""

    def iter_bytes(self, chunk_size: int | None = CHUNK_SIZE) -> Iterator[bytes]:
        """The body in chunks as they arrive; the connection closes at the end."""
        try:
            if _is_json(self.response):  # an error envelope where bytes were expected
                self.response.read()
                decode_json(self.response)
                yield self.response.content
                return
            received = 0
            try:
                for chunk in self.response.iter_bytes(chunk_size):
                    received += len(chunk)
                    yield chunk
            except httpx.HTTPError as exc:
                raise _broken(self.response, received, exc) from exc
        finally:
            self.close()

    def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` (replacing it); return the number of bytes written."""
        written = 0
        with open(path, "wb") as file:
            for chunk in self.iter_bytes():
                file.write(chunk)
                written += len(chunk)
        return written

    def read(self) -> bytes:
        """The whole body in memory (fine for short clips)."""
        return b"".join(self.iter_bytes())

    def close(self) -> None:
        self.response.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()


class AsyncBinaryResponse(_BinaryBase):
    """A binary body still being received (awaitable)."""

    async def iter_bytes(self, chunk_size: int | None = CHUNK_SIZE) -> AsyncIterator[bytes]:
        """The body in chunks as they arrive; the connection closes at the end."""
        try:
            if _is_json(self.response):
                await self.response.aread()
                decode_json(self.response)
                yield self.response.content
                return
            received = 0
            try:
                async for chunk in self.response.aiter_bytes(chunk_size):
                    received += len(chunk)
                    yield chunk
            except httpx.HTTPError as exc:
                raise _broken(self.response, received, exc) from exc
        finally:
            await self.close()

    async def write_to_file(self, path: str | os.PathLike[str]) -> int:
        """Stream the body into ``path`` (replacing it); return the number of bytes written.

        File writes are blocking but chunk-sized; the network reads are awaited.
        """
        written = 0
        with open(path, "wb") as file:
            async for chunk in self.iter_bytes():
                file.write(chunk)
                written += len(chunk)
        return written

    async def read(self) -> bytes:
        return b"".join([chunk async for chunk in self.iter_bytes()])

    async def close(self) -> None:
        await self.response.aclose()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()
