"""Streamed Responses API answers: typed events as they arrive, the final response at the end.

Same guarantees as chat streams: comments and keep-alives are skipped by the SSE decoder; an
``error``, ``response.error`` or ``response.failed`` event raises ``StreamError`` carrying the
response as far as it arrived (``partial``); a stream that ends before ``response.completed``
(``response.done``/``response.incomplete``, or ``[DONE]``) raises too, never truncating silently.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping
from typing import TYPE_CHECKING, Any

from ..._errors import StreamError
from ..._streaming import AsyncStream, Stream, load_event_json, raise_if_error
from .accumulate import TERMINAL, TEXT_DELTA, ResponseFold

if TYPE_CHECKING:
    import httpx
    from openrouter_api.models import OpenResponsesResult

    from ..._sse import ServerSentEvent

__all__ = ["AsyncResponseStream", "ResponseEvent", "ResponseStream", "ResponsesProtocol"]

ERROR_EVENTS = frozenset({"error", "response.error", "response.failed"})


def decode_result(data: Mapping[str, Any]) -> OpenResponsesResult:
    """A Responses result as the generated model (lazy: fields decode on first access)."""
    from openrouter_api.models import OpenResponsesResult

    return OpenResponsesResult.from_dict(data)


class ResponseEvent:
    """One stream event: ``type`` (``"response.output_text.delta"``...) and its JSON ``data``.

    The fields most code needs are properties here; ``parsed`` is the generated model of the
    event (decoded on first use) for everything else.
    """

    __slots__ = ("_parsed", "data", "type")

    def __init__(self, data: dict[str, Any], type: str) -> None:
        self.data = data
        self.type = type
        self._parsed: Any = None

    @property
    def delta(self) -> str | None:
        """The text added by a ``*.delta`` event."""
        value = self.data.get("delta")
        return value if isinstance(value, str) else None

    @property
    def text(self) -> str | None:
        """The whole text of a ``*.done`` text event."""
        value = self.data.get("text")
        return value if isinstance(value, str) else None

    @property
    def sequence_number(self) -> int | None:
        value = self.data.get("sequence_number")
        return value if isinstance(value, int) else None

    @property
    def output_index(self) -> int | None:
        value = self.data.get("output_index")
        return value if isinstance(value, int) else None

    @property
    def item_id(self) -> str | None:
        value = self.data.get("item_id")
        return value if isinstance(value, str) else None

    @property
    def response(self) -> OpenResponsesResult | None:
        """The response object of ``response.created``/``in_progress``/``completed`` events."""
        value = self.data.get("response")
        return decode_result(value) if isinstance(value, Mapping) else None

    @property
    def parsed(self) -> Any:
        """The generated model for this event (``TextDeltaEvent``...); unknown types stay JSON."""
        if self._parsed is None:
            from openrouter_api.models import ResponsesStreamingResponse

            self._parsed = ResponsesStreamingResponse.from_dict({"data": self.data}).data
        return self._parsed

    def __repr__(self) -> str:
        return f"ResponseEvent(type={self.type!r})"


def _error_payload(payload: dict[str, Any]) -> dict[str, Any]:
    """An error event in the envelope ``payload_error`` reads: the spec's ``error`` event has
    ``code``/``message`` at the top level, the docs' events nest them in ``error`` (a message
    string there is wrapped, so that it never reads as a polled job's state)."""
    error = payload.get("error")
    if isinstance(error, str) and error:
        return {**payload, "error": {"message": error}}
    if error or payload.get("type") == "response.failed":
        return payload
    error = {k: payload[k] for k in ("code", "message", "param") if payload.get(k) is not None}
    return {**payload, "error": error or {"message": f"{payload.get('type')} event"}}


class ResponsesProtocol:
    """Responses API SSE: JSON events until a terminal event or ``[DONE]``; errors raise.

    Each event is folded into ``fold`` as it arrives and then let go.
    """

    __slots__ = ("finished", "fold", "headers")

    def __init__(self) -> None:
        self.finished = False
        self.headers: Any = None
        self.fold = ResponseFold()

    def accept(self, event: ServerSentEvent) -> ResponseEvent | None:
        if event.raw == b"[DONE]":
            self.finished = True
            return None
        payload = load_event_json(event, self)
        kind = payload.get("type")
        if not isinstance(kind, str):
            kind = event.event or ""
        self.fold.add(payload)  # first: a failed response's own state is part of the partial
        raise_if_error(_error_payload(payload) if kind in ERROR_EVENTS else payload, self)
        if kind in TERMINAL:
            self.finished = True
        return ResponseEvent(payload, kind)

    def partial(self) -> OpenResponsesResult:
        """The response as far as it arrived (snapshot, output items, text so far)."""
        return decode_result(self.fold.result())

    def final(self) -> OpenResponsesResult:
        if not self.finished:
            raise StreamError(
                "responses stream was closed before it finished; the response is incomplete",
                partial=self.partial(),
            )
        return self.partial()

    def describe(self) -> str:
        return "responses stream"


class ResponseStream(Stream[ResponseEvent]):
    """A streamed response (blocking). Use it in ``with`` and iterate the events."""

    def __init__(self, response: httpx.Response) -> None:
        self._responses = ResponsesProtocol()
        super().__init__(response, self._responses)

    def iter_text(self) -> Iterator[str]:
        """Just the output text, as it arrives."""
        for event in self:
            if event.type in TEXT_DELTA and event.delta:
                yield event.delta

    def get_final_response(self) -> OpenResponsesResult:
        """Read the rest of the stream; return the whole response (output, usage, status)."""
        self.until_done()
        return self._responses.final()

    def get_output_text(self) -> str:
        """Read the rest of the stream; return the response's output text."""
        self.until_done()
        self._responses.final()
        return self._responses.fold.text()


class AsyncResponseStream(AsyncStream[ResponseEvent]):
    """A streamed response (awaitable). Use it in ``async with`` and ``async for``."""

    def __init__(self, response: httpx.Response) -> None:
        self._responses = ResponsesProtocol()
        super().__init__(response, self._responses)

    async def iter_text(self) -> AsyncIterator[str]:
        """Just the output text, as it arrives."""
        async for event in self:
            if event.type in TEXT_DELTA and event.delta:
                yield event.delta

    async def get_final_response(self) -> OpenResponsesResult:
        """Read the rest of the stream; return the whole response (output, usage, status)."""
        await self.until_done()
        return self._responses.final()

    async def get_output_text(self) -> str:
        """Read the rest of the stream; return the response's output text."""
        await self.until_done()
        self._responses.final()
        return self._responses.fold.text()
