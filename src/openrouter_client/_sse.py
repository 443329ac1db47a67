"""Incremental Server-Sent Events decoder: bytes in, events out, no I/O.

Follows the WHATWG parsing rules (https://html.spec.whatwg.org/multipage/server-sent-events.html):
lines end in CRLF, LF or CR; ``:`` lines are comments; ``data`` lines accumulate joined by ``\\n``;
an empty line dispatches. Unlike ``str.splitlines`` (used by httpx's ``iter_lines``), only CR and
LF end a line, so a JSON string holding a raw U+2028 or form feed is never cut in two.

The decoder works on bytes and never decodes the data lines itself: an event's ``raw`` data goes
straight to the JSON decoder (orjson reads bytes; ``data`` gives the text on demand). Only whole
lines are looked at, so a UTF-8 character split across two network reads is never cut, and each
byte is scanned a bounded number of times however long its line is (multi-MB base64 images stay
linear). The usual read, one ``data:`` line and its blank line, is recognised without splitting.
"""

from __future__ import annotations

from typing import Any

__all__ = ["SSEDecoder", "ServerSentEvent"]

_BOM = b"\xef\xbb\xbf"


class ServerSentEvent(tuple[bytes, "str | None", "str | None", "int | None"]):
    """One dispatched event: ``(raw, event, id, retry)``.

    ``raw`` is the data as bytes (UTF-8), ``data`` the same as text (bytes that are not UTF-8
    read as U+FFFD). ``event`` is None when the server sent no ``event:`` field (the WHATWG
    default type is "message"). ``id`` is the last event ID seen so far in the stream (it
    persists across events, as the spec says); ``retry`` is the reconnection time in ms sent
    within this event, or None. A tuple, so the decoder makes one in a single C call.
    """

    __slots__ = ()

    def __new__(
        cls,
        data: str | bytes = "",
        event: str | None = None,
        id: str | None = None,
        retry: int | None = None,
    ) -> ServerSentEvent:
        raw = data if type(data) is bytes else str(data).encode("utf-8", "surrogatepass")
        return tuple.__new__(cls, (raw, event, id, retry))

    @property
    def raw(self) -> bytes:
        return self[0]

    @property
    def event(self) -> str | None:
        return self[1]

    @property
    def id(self) -> str | None:
        return self[2]

    @property
    def retry(self) -> int | None:
        return self[3]

    @property
    def data(self) -> str:
        """The data as text."""
        return self[0].decode("utf-8", "replace")

    def json(self) -> Any:
        """``data`` parsed as JSON (raises ``ValueError`` when it is not JSON)."""
        from . import _json

        return _json.loads_event(self[0])

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        if not isinstance(other, ServerSentEvent):
            return NotImplemented
        return tuple.__ne__(self, other)

    __hash__ = tuple.__hash__

    def __repr__(self) -> str:
        raw = self.raw
        data = self.data if len(raw) <= 120 else raw[:400].decode("utf-8", "replace")[:100]
        if len(raw) > 120:
            data += f"...<{len(raw)} bytes>"
        parts = [f"data={data!r}"]
        if self.event is not None:
            parts.append(f"event={self.event!r}")
        if self.id is not None:
            parts.append(f"id={self.id!r}")
        if self.retry is not None:
            parts.append(f"retry={self.retry}")
        return f"ServerSentEvent({', '.join(parts)})"


_new_event = tuple.__new__  # ServerSentEvent without the checks of its constructor


class SSEDecoder:
    """Feed it bytes as they arrive; get back the events they complete.

    ``comments`` counts comment lines (OpenRouter sends ``: OPENROUTER PROCESSING`` keep-alives
    while a request waits for its first token). ``retry`` is the last reconnection time sent.

    At EOF call ``end()``; afterwards ``ended_cleanly`` says whether the stream stopped on an
    event boundary, and ``incomplete`` holds an event cut off in the middle of a line, which is
    never dispatched (its data may be a fragment of JSON) but is kept for the error report.
    """

    __slots__ = (
        "_cr",
        "_data",
        "_event",
        "_pending",
        "_retry",
        "_started",
        "comments",
        "ended_cleanly",
        "incomplete",
        "last_event_id",
        "retry",
    )

    def __init__(self) -> None:
        self._pending: list[bytes] = []  # pieces of the current, not yet terminated line
        self._cr = False  # the last read ended in CR: a LF starting the next one is not a line
        self._started = False  # a BOM is stripped only at the very start
        self._data: list[bytes] = []  # data lines of the event being built
        self._event: str | None = None
        self._retry: int | None = None  # retry field of the event being built
        self.last_event_id: str | None = None
        self.retry: int | None = None
        self.comments = 0
        self.ended_cleanly: bool | None = None  # None until end()
        self.incomplete: ServerSentEvent | None = None

    @property
    def pending_bytes(self) -> int:
        """Bytes received but not yet part of a complete line."""
        return sum(map(len, self._pending))

    def feed(self, chunk: bytes) -> list[ServerSentEvent]:
        """Decode one network read; return the events it completes (often none or one)."""
        if not chunk:
            return []
        if self._cr:
            self._cr = False
            if chunk[0] == 10:  # the LF of a CRLF split across reads
                chunk = chunk[1:]
                if not chunk:
                    return []
        if 13 in chunk:  # CR: rare on the wire, so normalise it away before the fast path
            # A CR ending this read may be the first half of a CRLF: remember it, and let the
            # CR itself end the line now (so an event is never held back waiting for more bytes).
            self._cr = chunk[-1] == 13
            chunk = chunk.replace(b"\r\n", b"\n").replace(b"\r", b"\n")
        if chunk[-1] == 10:  # the usual read: whole lines
            if self._pending:
                self._pending.append(chunk)
                chunk = b"".join(self._pending)
                self._pending = []
            elif (
                chunk[:6] == b"data: "
                and not self._data
                and self._started
                and chunk.find(b"\n", 6) == len(chunk) - 2
            ):
                # The usual event, one data line and its blank line, read whole: no splitting.
                event = (chunk[6:-2], self._event, self.last_event_id, self._retry)
                return [_new_event(ServerSentEvent, event)]
        else:
            end = chunk.rfind(b"\n") + 1
            if not end:
                self._pending.append(chunk)  # joined once the line ends: linear in its length
                return []
            rest = chunk[end:]
            if self._pending:
                self._pending.append(chunk[:end])
                chunk = b"".join(self._pending)
            else:
                chunk = chunk[:end]
            self._pending = [rest]
        if not self._started:
            self._started = True
            if chunk[:3] == _BOM:
                chunk = chunk[3:]

        lines = chunk.split(b"\n")  # one-byte split: twice as fast as splitting on b"\n\n"
        lines.pop()  # the empty piece after the final LF
        events: list[ServerSentEvent] = []
        data = self._data
        for line in lines:
            if not line:  # a blank line dispatches the event
                if data:
                    raw = data[0] if len(data) == 1 else b"\n".join(data)
                    event = (raw, self._event, self.last_event_id, self._retry)
                    events.append(_new_event(ServerSentEvent, event))
                    data.clear()
                self._event = self._retry = None
            elif line[:6] == b"data: ":  # the hot path: OpenRouter sends one data line per event
                data.append(line[6:])
            elif line[0] == 58:  # ":"
                self.comments += 1
            else:
                self._field(line)
        return events

    def _field(self, line: bytes) -> None:
        name, _, value = line.partition(b":")
        if value[:1] == b" ":
            value = value[1:]
        if name == b"data":
            self._data.append(value)
        elif name == b"event":
            self._event = value.decode("utf-8", "replace")
        elif name == b"id":
            if b"\0" not in value:  # the spec ignores an id holding NUL
                self.last_event_id = value.decode("utf-8", "replace")
        elif name == b"retry" and value.isdigit():  # bytes.isdigit: ASCII digits only
            self._retry = self.retry = int(value)
        # Any other field, or a retry that is not all digits, is ignored as the spec requires.

    def end(self) -> list[ServerSentEvent]:
        """Finish at EOF; return what the end completes.

        An event whose lines all arrived but whose closing blank line did not (some servers end
        ``data: [DONE]\\n`` and close) is returned, lenient as most SSE clients are; it still
        leaves ``ended_cleanly`` False. An event cut inside a line is not returned, since its
        data may be a fragment; it is stored in ``incomplete`` (data so far, the cut line
        included) for the caller's "stream truncated" error.
        """
        self._cr = False
        cut = b"".join(self._pending)
        self._pending = []
        if cut:
            if not self._started and cut[:3] == _BOM:
                cut = cut[3:]
            self._started = True
            if cut:
                name, _, value = cut.partition(b":")
                if name == b"data":
                    # Keep what arrived, but not as a dispatchable event.
                    self._data.append(value[1:] if value[:1] == b" " else value)
                    self.incomplete = self._take()
                elif self._data:
                    self.incomplete = self._take()
                self.ended_cleanly = False
                return []
        if self._data:
            self.ended_cleanly = False
            return [self._take()]
        self.ended_cleanly = True
        return []

    def _take(self) -> ServerSentEvent:
        data = self._data
        event = ServerSentEvent(b"\n".join(data), self._event, self.last_event_id, self._retry)
        self._data = []
        self._event = None
        self._retry = None
        return event
