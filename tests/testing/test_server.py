"""The socket server: HTTP/1.1 framing, keep-alive, concurrency, and prompt shutdown."""

from __future__ import annotations

import asyncio
import socket
import threading
import time

import httpx
import pytest

from openrouter_client.testing import MockOpenRouter, Raw, RecordedRequest, Response, Send, Sleep

from .conftest import (
    CHAT_BODY,
    KEY,
    STREAM_BODY,
    RawReader,
    connect,
    exchange,
    request_bytes,
    sse_payloads,
)

AUTH = {"Authorization": f"Bearer {KEY}"}


def test_start_is_fast_and_base_url_points_at_an_ephemeral_port() -> None:
    started = time.perf_counter()
    with MockOpenRouter() as mock:
        elapsed = time.perf_counter() - started
        assert mock.base_url == f"http://127.0.0.1:{mock.port}/api/v1"
        assert mock.port > 0
        assert mock.url("/models") == mock.base_url + "/models"
    assert elapsed < 0.5


def test_base_url_before_start_says_how_to_start() -> None:
    with pytest.raises(RuntimeError, match="not started"):
        _ = MockOpenRouter().base_url


def test_start_and_stop_without_a_with_block() -> None:
    mock = MockOpenRouter(require_auth=False).start()
    try:
        assert httpx.get(mock.url("/credits")).status_code == 200
    finally:
        mock.stop()
    mock.stop()  # idempotent
    with pytest.raises(httpx.ConnectError):
        httpx.get(mock.url("/credits"))


def test_keep_alive_serves_many_requests_on_one_connection(mock: MockOpenRouter) -> None:
    with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
        for _ in range(5):
            assert client.get("/credits").status_code == 200
        with client.stream("POST", "/chat/completions", json=STREAM_BODY) as r:
            r.read()
        assert client.post("/chat/completions", json=CHAT_BODY).status_code == 200
    assert mock.connections_total == 1
    assert {r.connection_id for r in mock.requests} == {mock.requests[0].connection_id}


def test_pipelined_requests_are_answered_in_order(mock: MockOpenRouter) -> None:
    mock.reply_json("/a", {"n": 1})
    mock.reply_json("/b", {"n": 2})
    with connect(mock) as sock:
        sock.sendall(request_bytes("GET", "/a") + request_bytes("GET", "/b"))
        reader = RawReader(sock)
        assert reader.response().json() == {"n": 1}
        assert reader.response().json() == {"n": 2}


def test_chunked_request_body_is_decoded(mock: MockOpenRouter) -> None:
    body = b'{"model": "a/b", "messages": [{"role": "user", "content": "Hi"}]}'
    chunked = b"5;ext=1\r\n" + body[:5] + b"\r\n" + b"%x\r\n" % (len(body) - 5) + body[5:]
    chunked += b"\r\n0\r\nX-Trailer: 1\r\n\r\n"
    raw = request_bytes("POST", "/chat/completions", headers={"Transfer-Encoding": "chunked"})
    response = exchange(mock, raw + chunked)
    assert response.status == 200
    assert mock.last_request.body == body
    assert mock.last_request.json == {**CHAT_BODY, "model": "a/b"}
    assert response.json()["model"] == "a/b"


def test_chunked_request_body_from_httpx_generator(mock: MockOpenRouter) -> None:
    def parts() -> object:
        yield b'{"model": "e/x", "input": '
        yield b'"hello"}'

    with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
        r = client.post("/embeddings", content=parts())  # type: ignore[arg-type]
    assert r.status_code == 200
    assert mock.last_request.headers["transfer-encoding"] == "chunked"
    assert mock.last_request.json == {"model": "e/x", "input": "hello"}


def test_expect_100_continue(mock: MockOpenRouter) -> None:
    with connect(mock) as sock:
        body = b'{"model": "e/x", "input": "x"}'
        head = request_bytes("POST", "/embeddings", headers={"Expect": "100-continue"})
        head = head.replace(b"\r\n\r\n", b"\r\nContent-Length: %d\r\n\r\n" % len(body))
        sock.sendall(head)
        reader = RawReader(sock)
        assert reader.until(b"\r\n\r\n") == b"HTTP/1.1 100 Continue\r\n\r\n"
        sock.sendall(body)
        assert reader.response().status == 200


@pytest.mark.parametrize(
    "raw",
    [b"NONSENSE\r\n\r\n", b"GET / HTTP/2\r\n\r\n", b"GET /x HTTP/1.1\r\nbad header\r\n\r\n"],
)
def test_malformed_requests_get_400_and_close(mock: MockOpenRouter, raw: bytes) -> None:
    with connect(mock) as sock:
        sock.sendall(raw)
        reader = RawReader(sock)
        response = reader.response()
        assert response.status == 400
        assert response.headers["connection"] == "close"
        assert sock.recv(10) == b""


def test_connection_close_and_http_1_0_end_the_connection(mock: MockOpenRouter) -> None:
    for raw in (
        request_bytes("GET", "/credits", headers={"Connection": "close"}),
        request_bytes("GET", "/credits").replace(b"HTTP/1.1", b"HTTP/1.0", 1),
    ):
        with connect(mock) as sock:
            sock.sendall(raw)
            response = RawReader(sock).response()
            assert response.status == 200
            assert response.headers["connection"] == "close"
            assert sock.recv(10) == b""


def test_each_send_is_its_own_write(mock: MockOpenRouter) -> None:
    mock.reply(
        Raw([Send(b"HTTP/1.1 200 OK\r\nContent-Length: 6\r\n\r\nab"), Sleep(0.05), Send(b"cdef")])
    )
    with connect(mock) as sock:
        sock.sendall(request_bytes("POST", "/chat/completions", CHAT_BODY))
        first = sock.recv(1024)
        assert first.endswith(b"\r\n\r\nab")
        assert sock.recv(1024) == b"cdef"
        assert sock.recv(1024) == b""  # Raw closes after its last step


def test_raw_keep_alive_lets_the_connection_continue(mock: MockOpenRouter) -> None:
    mock.reply(Raw(b"HTTP/1.1 204 No Content\r\n\r\n", keep_alive=True))
    with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
        assert client.post("/chat/completions", json=CHAT_BODY).status_code == 204
        assert client.get("/credits").status_code == 200
    assert mock.connections_total == 1


def test_response_framing_close_delimits_the_body_by_eof(mock: MockOpenRouter) -> None:
    mock.reply(Response(200, {"Content-Type": "text/plain"}, b"until eof", framing="close"))
    with connect(mock) as sock:
        sock.sendall(request_bytes("POST", "/chat/completions", CHAT_BODY))
        data = b""
        while chunk := sock.recv(1024):
            data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    assert b"Content-Length" not in head and b"Transfer-Encoding" not in head
    assert b"Connection: close" in head
    assert body == b"until eof"


def test_explicit_framing_headers_are_sent_as_given(mock: MockOpenRouter) -> None:
    mock.reply(Response(200, {"Content-Length": "3"}, b"abc"))
    response = exchange(mock, request_bytes("POST", "/chat/completions", CHAT_BODY))
    assert response.body == b"abc"
    assert list(response.headers).count("content-length") == 1


def test_64_concurrent_streaming_clients() -> None:
    """All 64 requests are in the server at once (a barrier in the handler would time out if
    they were served one by one), then each gets a stream with a pause in the middle."""
    clients = 64
    barrier = threading.Barrier(clients, timeout=10)
    seen_open: list[int] = []
    reply = Response(
        200,
        {"Content-Type": "text/event-stream"},
        [Send(b'data: {"n": 1}\n\n'), Sleep(0.1), Send(b"data: [DONE]\n\n")],
        framing="chunked",
    )
    with MockOpenRouter(require_auth=False) as mock:

        @mock.on("/chat/completions")
        def hold(request: RecordedRequest) -> Response:
            if barrier.wait() == 0:
                seen_open.append(mock.open_connections)
            return reply

        async def one(client: httpx.AsyncClient) -> bytes:
            async with client.stream("POST", "/chat/completions", json=STREAM_BODY) as r:
                return await r.aread()

        async def main() -> list[bytes]:
            limits = httpx.Limits(max_connections=100)
            async with httpx.AsyncClient(base_url=mock.base_url, limits=limits) as client:
                return await asyncio.gather(*(one(client) for _ in range(clients)))

        bodies = asyncio.run(main())
        assert seen_open == [clients]
        assert all(body == b'data: {"n": 1}\n\ndata: [DONE]\n\n' for body in bodies)
        assert len(mock.requests) == clients
        assert mock.wait_for_connections(0)
        assert not mock.errors


def test_stop_with_an_open_stream_does_not_hang() -> None:
    mock = MockOpenRouter(require_auth=False).start()
    mock.reply(faults_idle_forever())
    client = httpx.Client(base_url=mock.base_url)
    stream = client.stream("POST", "/chat/completions", json=STREAM_BODY)
    response = stream.__enter__()
    chunks = response.iter_raw()
    assert b"data:" in next(chunks)
    started = time.perf_counter()
    mock.stop()
    assert time.perf_counter() - started < 1.0
    with pytest.raises(httpx.RemoteProtocolError):
        for _ in chunks:
            pass
    stream.__exit__(None, None, None)
    client.close()
    assert mock.open_connections == 0


def faults_idle_forever() -> Response:
    return Response(
        200,
        {"Content-Type": "text/event-stream"},
        [Send(b'data: {"n": 1}\n\n'), Sleep(3600)],
        framing="chunked",
    )


def test_stop_closes_idle_keep_alive_connections_and_blocked_writers() -> None:
    mock = MockOpenRouter(require_auth=False).start()
    idle = socket.create_connection(("127.0.0.1", mock.port))
    # A client that never reads a 5 MB body: the server blocks in sendall.
    mock.reply(Response(200, {}, b"x" * (5 << 20)))
    stuck = socket.create_connection(("127.0.0.1", mock.port))
    stuck.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
    stuck.sendall(request_bytes("POST", "/chat/completions", CHAT_BODY, auth=False))
    mock.wait_for_requests(1)
    time.sleep(0.05)
    started = time.perf_counter()
    mock.stop()
    assert time.perf_counter() - started < 1.0
    assert mock.open_connections == 0
    assert idle.recv(10) == b""
    idle.close()
    stuck.close()


def test_open_connections_tracks_client_closes(mock: MockOpenRouter) -> None:
    client = httpx.Client(base_url=mock.base_url, headers=AUTH)
    client.get("/credits")
    assert mock.open_connections == 1
    client.close()
    assert mock.wait_for_connections(0, timeout=2.0)
    assert mock.open_connections == 0


def test_requests_are_recorded_thread_safely(mock: MockOpenRouter) -> None:
    def worker(n: int) -> None:
        with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
            for i in range(10):
                client.post("/embeddings", json={"model": "e/x", "input": f"{n}-{i}"})

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    inputs = sorted(r.json["input"] for r in mock.requests_to("/embeddings"))
    assert inputs == sorted(f"{n}-{i}" for n in range(8) for i in range(10))


def test_sse_stream_body_parses(mock: MockOpenRouter) -> None:
    body = exchange(mock, request_bytes("POST", "/chat/completions", STREAM_BODY)).body
    assert sse_payloads(body)[-1] == "[DONE]"


def test_head_requests_get_headers_only(mock: MockOpenRouter) -> None:
    mock.reply(Response(200, {"Content-Type": "text/plain"}, b"body"), method="HEAD", path="/x")
    mock.reply_json("/credits", {"ok": True})
    with httpx.Client(base_url=mock.base_url, headers=AUTH) as client:
        r = client.head("/x")
        assert (r.status_code, r.headers["content-length"], r.content) == (200, "4", b"")
        assert client.get("/credits").json() == {"ok": True}  # the connection is still in sync
    assert mock.connections_total == 1
