"""Streams of ``client.api`` operations whose only successful answer is an event stream.

A newer spec may add such an operation under any path or tag. Its generated module says so
(``STREAMS = True``), and ``client.api`` then returns an ``OperationStream`` (or
``AsyncOperationStream``) instead of a decoded result. It follows chat's stream rules (it is a
``_streaming.Stream``): comments are skipped, ``[DONE]`` or the spec's sentinel ends it, an error
event raises ``StreamError`` with the events received so far on ``partial``, a stream that breaks
off raises too, and the connection is closed when the stream ends, on ``close()``, ``break`` or
leaving its ``with`` block.

Each event goes to the operation's ``parse_event`` as the fields the server sent (``data``, and
``event``/``id``/``retry`` when present), the shape the spec's event schema describes; models are
lenient (unknown fields and enum values are kept). Unlike chat's, these events are not known to
be JSON: data that is not JSON is passed on as its text (the ``data`` field), not an error. When
the spec names no sentinel, the end of the connection at an event boundary ends the stream; when
it names one, ending before it is a truncation. The last ``KEPT_EVENTS`` events received are
kept for ``partial`` (so a stream that runs for hours stays flat in memory, as chat's does); an
error from a longer stream says how many came in all.
"""

from __future__ import annotations

from collections import deque
from typing import TYPE_CHECKING, Any, TypeVar

from . import _json
from ._errors import StreamError
from ._streaming import AsyncStream, Stream, excerpt, raise_if_error

if TYPE_CHECKING:
    import httpx

    from ._request import StreamingOperation
    from ._sse import ServerSentEvent, SSEDecoder

__all__ = ["KEPT_EVENTS", "AsyncOperationStream", "OperationEvents", "OperationStream"]

E = TypeVar("E")

_DONE = b"[DONE]"
KEPT_EVENTS = 1000


class OperationEvents:
    """The events of one streaming operation, for ``Stream``/``AsyncStream`` (see the module)."""

    __slots__ = (
        "_label",
        "_parse",
        "_sentinel",
        "count",
        "events",
        "finished",
        "headers",
        "needs_sentinel",
    )

    def __init__(self, op: StreamingOperation[Any]) -> None:
        self.finished = False
        self.headers: Any = None
        self.events: deque[Any] = deque(maxlen=KEPT_EVENTS)
        self.count = 0  # events received, kept or not
        self._parse = op.parse_event
        sentinel = op.STREAM_SENTINEL
        self.needs_sentinel = sentinel is not None
        self._sentinel = _DONE if sentinel is None else sentinel.encode()
        self._label = f"{op.METHOD} {op.PATH} event stream"

    def accept(self, event: ServerSentEvent) -> Any:
        raw = event.raw
        if raw == self._sentinel or raw == _DONE:
            self.finished = True
            return None
        try:
            data = _json.loads_event(raw)
        except ValueError:
            data = event.data  # not JSON: its text, as sent
        if type(data) is dict:
            raise_if_error(data, self)
        if event.event == "error":
            raise StreamError(
                f"{self.describe()} sent an error event: {excerpt(event)!r}", partial=self.partial()
            )
        fields: dict[str, Any] = {"data": data}
        if event.event is not None:
            fields["event"] = event.event
        if event.id is not None:
            fields["id"] = event.id
        if event.retry is not None:
            fields["retry"] = event.retry
        item = self._parse(fields)
        self.events.append(item)
        self.count += 1
        return item

    def at_end(self, decoder: SSEDecoder) -> list[ServerSentEvent]:
        """The events the end of the body completes; without a sentinel to wait for, an end at
        an event boundary (nothing cut inside a line) finishes the stream."""
        events = decoder.end()
        if not self.needs_sentinel and decoder.incomplete is None:
            self.finished = True
        return events

    def partial(self) -> list[Any]:
        """The events received so far (the last ``KEPT_EVENTS`` of them)."""
        return list(self.events)

    def describe(self) -> str:
        if self.count > KEPT_EVENTS:
            return f"{self._label} ({self.count:,} events; the last {KEPT_EVENTS:,} on .partial)"
        return self._label


class OperationStream(Stream[E]):
    """The events of a streaming ``client.api`` operation (blocking); iterate it inside ``with``."""

    def __init__(self, response: httpx.Response, op: StreamingOperation[E]) -> None:
        self._events = OperationEvents(op)
        super().__init__(response, self._events)

    def _events_at_end(self) -> list[ServerSentEvent]:
        return self._events.at_end(self._decoder)


class AsyncOperationStream(AsyncStream[E]):
    """The events of a streaming ``client.api`` operation (awaitable); ``async for`` it inside
    ``async with``."""

    def __init__(self, response: httpx.Response, op: StreamingOperation[E]) -> None:
        self._events = OperationEvents(op)
        super().__init__(response, self._events)

    def _events_at_end(self) -> list[ServerSentEvent]:
        return self._events.at_end(self._decoder)
