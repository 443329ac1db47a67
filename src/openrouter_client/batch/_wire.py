"""How a bulk run puts requests on the wire: the client's ``send``, or a lean HTTP/1.1 pool.

A bulk run is many small JSON POSTs to one host. Through httpx each costs about 1.5 ms of CPU on
a 2-core machine (its connection pool, anyio cancel scopes, cookies, h11), more than the rest of
the run together; ``LeanWire`` writes the request bytes itself over keep-alive asyncio streams and
reads ``Content-Length`` / chunked answers, for about a fifth of that. It takes everything else
from the client: the same headers (auth, app, user agent), base URL, timeouts, TLS verification,
and the same error mapping (``error_from_response``, ``APIConnectionError``), so a result line
is the same whichever wire carried it.

``wire_for`` picks it only where it is equivalent: no ``http_client`` of the user's (proxies,
mounts, event hooks) and no proxy in the environment; otherwise requests go through
``client.send`` with the client's own retries turned off.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import ssl
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Protocol
from urllib.parse import urlsplit

from .._errors import APIConnectionError, APITimeoutError, error_from_response
from .._request import Call

if TYPE_CHECKING:
    from .._client import AsyncOpenRouter
    from .._options import RequestOptions

__all__ = ["ClientWire", "LeanWire", "Wire", "wire_for"]

_PROXY_VARIABLES = ("http_proxy", "https_proxy", "all_proxy")
_NO_RETRIES: RequestOptions = {"max_retries": 0}
_MAX_HEAD = 64 * 1024


class Wire(Protocol):
    """Sends one request; returns (status, headers, body) of a 2xx answer, or raises the
    client's typed error (``APIError`` with the status and headers, ``APIConnectionError``)."""

    async def send(
        self, method: str, path: str, body: Any
    ) -> tuple[int, Mapping[str, str], bytes]: ...

    async def close(self) -> None: ...


class ClientWire:
    """Through ``AsyncOpenRouter.send``: whatever the client's ``http_client`` does."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._send = client.send

    async def send(self, method: str, path: str, body: Any) -> tuple[int, Mapping[str, str], bytes]:
        response = await self._send(Call(method, path, body=body, options=_NO_RETRIES))
        return response.status_code, response.headers, response.content

    async def close(self) -> None:
        pass


class _Stale(Exception):
    """A kept-alive connection the server had closed: the request is sent again on a new one."""


class LeanWire:
    """Keep-alive HTTP/1.1 connections to the client's host, written and read by hand."""

    def __init__(
        self,
        base_url: str,
        headers: Mapping[str, str],
        *,
        connect_timeout: float | None,
        read_timeout: float | None,
        ssl_context: ssl.SSLContext | None,
    ) -> None:
        from .._request import _json_dumps

        parts = urlsplit(base_url)
        self._https = parts.scheme == "https"
        self._host = parts.hostname or ""
        self._port = parts.port or (443 if self._https else 80)
        self._prefix = parts.path.rstrip("/")
        self._origin = f"{parts.scheme}://{parts.netloc}"
        default_port = self._port == (443 if self._https else 80)
        host = self._host if default_port else f"{self._host}:{self._port}"
        if ":" in self._host:  # an IPv6 literal
            host = f"[{self._host}]" if default_port else f"[{self._host}]:{self._port}"
        lines = [f"Host: {host}"]
        lines += [f"{name}: {value}" for name, value in headers.items() if name.lower() != "host"]
        self._head = ("\r\n".join(lines) + "\r\n").encode("latin-1")
        self._dumps = _json_dumps
        self._connect_timeout = connect_timeout
        self._read_timeout = read_timeout
        self._ssl = ssl_context if self._https else None
        self._idle: list[tuple[asyncio.StreamReader, asyncio.StreamWriter]] = []
        self._open: set[asyncio.StreamWriter] = set()

    async def send(self, method: str, path: str, body: Any) -> tuple[int, Mapping[str, str], bytes]:
        target = self._prefix + path
        content = b"" if body is None else self._dumps(body).encode()
        request = b"".join((
            f"{method} {target} HTTP/1.1\r\n".encode(),
            self._head,
            b"Content-Type: application/json\r\n" if body is not None else b"",
            f"Content-Length: {len(content)}\r\n\r\n".encode(),
            content,
        ))  # fmt: skip
        url = self._origin + target
        while True:
            reused = bool(self._idle)
            try:
                conn = self._idle.pop() if reused else await self._connect()
            except (OSError, TimeoutError) as exc:
                raise _failure(exc, method, url) from None
            try:
                status, headers, content_in, keep = await self._exchange(conn, request, reused)
            except _Stale:
                self._discard(conn)
                continue
            except (OSError, TimeoutError, asyncio.IncompleteReadError, ValueError) as exc:
                self._discard(conn)
                raise _failure(exc, method, url) from None
            except BaseException:  # cancelled mid-exchange: the connection is in an unknown state
                self._discard(conn)
                raise
            if keep:
                self._idle.append(conn)
            else:
                self._discard(conn)
            if status >= 400:
                raise error_from_response(status, headers, content_in, method=method, url=url)
            return status, headers, content_in

    async def _connect(self) -> tuple[asyncio.StreamReader, asyncio.StreamWriter]:
        async with asyncio.timeout(self._connect_timeout):
            reader, writer = await asyncio.open_connection(
                self._host, self._port, ssl=self._ssl,
                server_hostname=self._host if self._ssl else None,
            )  # fmt: skip
        self._open.add(writer)
        return reader, writer

    async def _exchange(
        self,
        conn: tuple[asyncio.StreamReader, asyncio.StreamWriter],
        request: bytes,
        reused: bool,
    ) -> tuple[int, dict[str, str], bytes, bool]:
        reader, writer = conn
        writer.write(request)
        async with asyncio.timeout(self._read_timeout):
            try:
                head = await reader.readuntil(b"\r\n\r\n")
            except asyncio.IncompleteReadError as exc:
                if reused and not exc.partial:
                    raise _Stale from None  # closed while idle; nothing was answered
                raise
            except ConnectionResetError:
                if reused:
                    raise _Stale from None
                raise
            except asyncio.LimitOverrunError:
                raise ValueError("response head too long") from None
            status, headers = _parse_head(head)
            keep = headers.get("connection", "").lower() != "close"
            if "chunked" in headers.get("transfer-encoding", "").lower():
                body = await _read_chunked(reader)
            elif "content-length" in headers:
                body = await reader.readexactly(int(headers["content-length"]))
            elif status in (204, 304) or 100 <= status < 200:
                body = b""
            else:
                body = await reader.read()  # delimited by the close
                keep = False
        return status, headers, body, keep

    def _discard(self, conn: tuple[asyncio.StreamReader, asyncio.StreamWriter]) -> None:
        writer = conn[1]
        self._open.discard(writer)
        writer.close()

    async def close(self) -> None:
        writers = list(self._open)
        self._idle.clear()
        self._open.clear()
        for writer in writers:
            writer.close()
        for writer in writers:
            with contextlib.suppress(OSError, ssl.SSLError):
                await writer.wait_closed()


def _parse_head(head: bytes) -> tuple[int, dict[str, str]]:
    lines = head.decode("latin-1").split("\r\n")
    version, _, rest = lines[0].partition(" ")
    if not version.startswith("HTTP/1."):
        raise ValueError(f"not an HTTP/1.x response: {lines[0][:40]!r}")
    status = int(rest[:3])
    headers: dict[str, str] = {}
    for line in lines[1:]:
        if not line:
            continue
        name, sep, value = line.partition(":")
        if not sep:
            raise ValueError("malformed response header line")
        key = name.strip().lower()
        value = value.strip()
        headers[key] = f"{headers[key]}, {value}" if key in headers else value
    return status, headers


async def _read_chunked(reader: asyncio.StreamReader) -> bytes:
    parts: list[bytes] = []
    while True:
        size_line = await reader.readuntil(b"\r\n")
        size = int(size_line.split(b";", 1)[0].strip(), 16)
        if size == 0:
            while await reader.readuntil(b"\r\n") != b"\r\n":  # trailers
                pass
            return b"".join(parts)
        parts.append(await reader.readexactly(size))
        await reader.readexactly(2)


def _failure(exc: BaseException, method: str, url: str) -> APIConnectionError:
    if isinstance(exc, TimeoutError):
        return APITimeoutError(method, url, cause=exc)
    return APIConnectionError(method, url, cause=exc)


def wire_for(client: AsyncOpenRouter) -> Wire:
    """``LeanWire`` where it does what the client's httpx would, else ``ClientWire``."""
    transport = client._transport  # the batch engine is part of the client's own package
    if not transport.owns_http or any(
        os.environ.get(name) or os.environ.get(name.upper()) for name in _PROXY_VARIABLES
    ):
        return ClientWire(client)
    from .._client import _default_ssl_context

    config = client._config
    return LeanWire(
        config.base_url,
        config.headers,
        connect_timeout=config.timeout.connect,
        read_timeout=config.timeout.read,
        ssl_context=_default_ssl_context() if config.base_url.startswith("https:") else None,
    )
