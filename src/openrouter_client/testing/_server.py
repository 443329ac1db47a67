"""A threaded HTTP/1.1 server on a real socket that writes scripted replies step by step.

Hand-rolled on ``socket`` (not ``http.server``) so each scripted ``Send`` is exactly one
``sendall`` on a TCP_NODELAY socket and faults (RST, FIN mid-body, lying lengths) are exact.
One thread accepts; one thread per connection serves keep-alive requests in turn. ``stop()``
wakes every thread (shutdown of each socket, an event for sleeps) and joins them, so it returns
promptly even while a client holds a stream open.
"""

from __future__ import annotations

import contextlib
import itertools
import logging
import selectors
import socket
import struct
import threading
import time
from collections.abc import Callable

from ._http import BadRequest, Reader, RequestHead, status_line
from ._request import RecordedRequest
from ._script import Close, Raw, Reset, Response, Send, Sleep, Step, WirePlan
from ._wire import compact_json

__all__ = ["App", "SocketServer"]

logger = logging.getLogger("openrouter_client.testing")

App = Callable[[RecordedRequest], WirePlan]
_LINGER_RST = struct.pack("ii", 1, 0)


class _Connection:
    """One accepted socket; closing is idempotent and safe from any thread."""

    __slots__ = ("closed", "id", "lock", "sock", "thread")

    def __init__(self, conn_id: int, sock: socket.socket) -> None:
        self.id = conn_id
        self.sock = sock
        self.lock = threading.Lock()
        self.closed = False
        self.thread: threading.Thread | None = None

    def interrupt(self) -> None:
        """Wake the serving thread out of recv/sendall (it closes the socket itself)."""
        with self.lock:
            if not self.closed:
                with contextlib.suppress(OSError):
                    self.sock.shutdown(socket.SHUT_RDWR)

    def close(self, *, reset: bool = False) -> None:
        with self.lock:
            if self.closed:
                return
            self.closed = True
            with contextlib.suppress(OSError):
                if reset:
                    self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, _LINGER_RST)
                else:
                    self.sock.shutdown(socket.SHUT_WR)
            self.sock.close()


class _Finished(Exception):
    """The scripted reply ended the connection (Close, Reset, or the server is stopping)."""

    def __init__(self, *, reset: bool = False) -> None:
        super().__init__()
        self.reset = reset


class SocketServer:
    """Serves ``app``'s replies on 127.0.0.1; see the module docstring."""

    def __init__(self, app: App, host: str = "127.0.0.1", port: int = 0) -> None:
        self._app = app
        self._host = host
        self._requested_port = port
        self._listener: socket.socket | None = None
        self._wake: tuple[socket.socket, socket.socket] | None = None
        self._accept_thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._changed = threading.Condition()
        self._connections: set[_Connection] = set()
        self._ids = itertools.count(1)
        self.connections_total = 0
        self.port = 0

    @property
    def running(self) -> bool:
        return self._listener is not None and not self._stopping.is_set()

    def start(self) -> None:
        if self._listener is not None:
            raise RuntimeError("server already started")
        listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        try:
            if self._requested_port:
                listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            listener.bind((self._host, self._requested_port))
            listener.listen(1024)
            listener.setblocking(False)
        except OSError:
            listener.close()
            raise
        self.port = listener.getsockname()[1]
        self._listener = listener
        self._wake = socket.socketpair()
        self._accept_thread = threading.Thread(
            target=self._accept_loop, name=f"mock-openrouter-accept-{self.port}", daemon=True
        )
        self._accept_thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Close the listener and every connection; join all threads (bounded by ``timeout``)."""
        if self._listener is None or self._stopping.is_set():
            return
        deadline = time.monotonic() + timeout
        self._stopping.set()
        assert self._wake is not None and self._accept_thread is not None
        with contextlib.suppress(OSError):
            self._wake[1].send(b"\0")
        self._accept_thread.join(timeout)
        self._listener.close()
        for end in self._wake:
            end.close()
        with self._changed:
            connections = list(self._connections)
        for conn in connections:
            conn.interrupt()
        for conn in connections:
            if conn.thread is not None:
                conn.thread.join(max(0.0, deadline - time.monotonic()))

    # -- connections ------------------------------------------------------------------------

    @property
    def open_connections(self) -> int:
        with self._changed:
            return len(self._connections)

    def wait_connections(self, count: int, timeout: float) -> bool:
        """Wait until at most ``count`` connections are open; whether that happened in time."""
        with self._changed:
            return self._changed.wait_for(lambda: len(self._connections) <= count, timeout)

    def _accept_loop(self) -> None:
        assert self._listener is not None and self._wake is not None
        listener = self._listener
        with selectors.DefaultSelector() as selector:
            selector.register(listener, selectors.EVENT_READ)
            selector.register(self._wake[0], selectors.EVENT_READ)
            while not self._stopping.is_set():
                for key, _ in selector.select():
                    if key.fileobj is not listener:
                        return
                    self._accept_pending(listener)

    def _accept_pending(self, listener: socket.socket) -> None:
        while not self._stopping.is_set():
            try:
                sock, _ = listener.accept()
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                logger.debug("accept failed", exc_info=True)
                return
            sock.setblocking(True)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            conn = _Connection(next(self._ids), sock)
            thread = threading.Thread(
                target=self._serve,
                args=(conn,),
                name=f"mock-openrouter-conn-{conn.id}",
                daemon=True,
            )
            conn.thread = thread
            with self._changed:
                self._connections.add(conn)
                self.connections_total += 1
            thread.start()

    def _serve(self, conn: _Connection) -> None:
        reader = Reader(conn.sock)
        reset = False
        try:
            while not self._stopping.is_set():
                try:
                    head = reader.read_head()
                    if head is None:
                        break
                    if head.headers.get("expect", "").lower() == "100-continue":
                        conn.sock.sendall(b"HTTP/1.1 100 Continue\r\n\r\n")
                    body = reader.read_body(head)
                except BadRequest as exc:
                    self._answer_bad_request(conn, exc)
                    break
                request = RecordedRequest(
                    head.method, head.target, head.version, head.headers, body, conn.id
                )
                try:
                    plan = self._app(request)
                except Exception:  # the app reports its own errors; never kill the thread
                    logger.exception("mock app failed on %s %s", head.method, request.path)
                    plan = Response(500, {"Content-Type": "text/plain"}, b"mock app failed")
                logger.debug("%s %s -> %s", head.method, request.path, _describe(plan))
                try:
                    if not self._write(conn, plan, head):
                        break
                except _Finished as finished:
                    reset = finished.reset
                    break
        except OSError:
            pass  # the client went away, or stop() shut the socket
        finally:
            conn.close(reset=reset)
            with self._changed:
                self._connections.discard(conn)
                self._changed.notify_all()

    # -- writing ----------------------------------------------------------------------------

    def _pause(self, seconds: float) -> None:
        if seconds > 0 and self._stopping.wait(seconds):
            raise _Finished

    def _step(self, conn: _Connection, step: Step, chunked: bool) -> None:
        if isinstance(step, Send):
            if chunked:
                if step.data:  # an empty chunk would end the body
                    conn.sock.sendall(b"%x\r\n%b\r\n" % (len(step.data), step.data))
            else:
                conn.sock.sendall(step.data)
        elif isinstance(step, Sleep):
            self._pause(step.seconds)
        elif isinstance(step, Close):
            raise _Finished
        elif isinstance(step, Reset):
            raise _Finished(reset=True)

    def _write(self, conn: _Connection, plan: WirePlan, head: RequestHead) -> bool:
        """Write one reply; whether the connection stays open for another request."""
        self._pause(plan.delay)
        if isinstance(plan, Raw):
            for step in plan.steps:
                self._step(conn, step, chunked=False)
            return plan.keep_alive and not head.wants_close
        headers = list(plan.headers)
        names = {name.lower() for name, _ in headers}
        closing = head.wants_close or plan.framing == "close"
        if "connection" in names:
            closing = closing or any(
                name.lower() == "connection" and "close" in value.lower() for name, value in headers
            )
        declared = plan.content_length
        sent = sum(len(step.data) for step in plan.body if isinstance(step, Send))
        if "content-length" not in names and "transfer-encoding" not in names:
            if plan.framing == "length":
                headers.append(("Content-Length", str(sent if declared is None else declared)))
            elif plan.framing == "chunked":
                headers.append(("Transfer-Encoding", "chunked"))
        if closing and "connection" not in names:
            headers.append(("Connection", "close"))
        lines = [status_line(plan.status, plan.reason)]
        lines.extend(f"{name}: {value}\r\n".encode("latin-1") for name, value in headers)
        lines.append(b"\r\n")
        conn.sock.sendall(b"".join(lines))
        chunked = plan.framing == "chunked" and head.method != "HEAD"
        body = () if head.method == "HEAD" else plan.body
        for step in body:
            self._step(conn, step, chunked)
        if chunked:
            conn.sock.sendall(b"0\r\n\r\n")
        if declared is not None and declared != sent:
            return False  # the client and the server disagree on where this body ends
        return not closing

    def _answer_bad_request(self, conn: _Connection, exc: BadRequest) -> None:
        body = compact_json({"error": {"code": exc.status, "message": str(exc)}})
        head = status_line(exc.status) + (
            b"Content-Type: application/json\r\nContent-Length: %d\r\nConnection: close\r\n\r\n"
            % len(body)
        )
        with contextlib.suppress(OSError):
            conn.sock.sendall(head + body)


def _describe(plan: WirePlan) -> str:
    if isinstance(plan, Raw):
        return f"raw script ({len(plan.steps)} steps)"
    return f"{plan.status} ({plan.framing}, {len(plan.body)} steps)"
