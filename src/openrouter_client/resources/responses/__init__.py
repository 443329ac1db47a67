"""``client.responses``: the Responses API (OpenAI-compatible), whole or streamed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ..._options import RequestOptions, split_options
from ..._transport import Call
from .accumulate import output_text
from .stream import (
    AsyncResponseStream,
    ResponseEvent,
    ResponsesProtocol,
    ResponseStream,
    decode_result,
)

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import OpenResponsesResult
    from openrouter_api.params import InputsParam, ResponseCreateParam

    from ..._client import AsyncOpenRouter, OpenRouter

    class ResponseCreateArgs(ResponseCreateParam, RequestOptions, total=False):
        """Every Responses request parameter of the spec, plus per-call options."""


__all__ = [
    "AsyncResponseStream",
    "AsyncResponses",
    "ResponseEvent",
    "ResponseStream",
    "Responses",
    "ResponsesProtocol",
    "output_text",
    "responses_call",
]

PATH = "/responses"


def responses_call(input: Any, stream: bool, params: dict[str, Any]) -> Call:
    """The request for ``create``: only the arguments given are sent."""
    options = split_options(params)
    body = params
    body["input"] = input
    if stream:
        body["stream"] = True
    return Call("POST", PATH, body=body, options=options, stream=stream)


class Responses:
    """The Responses API (blocking)."""

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    @overload
    def create(
        self,
        *,
        input: InputsParam,
        stream: Literal[False] = False,
        **params: Unpack[ResponseCreateArgs],
    ) -> OpenResponsesResult: ...

    @overload
    def create(
        self, *, input: InputsParam, stream: Literal[True], **params: Unpack[ResponseCreateArgs]
    ) -> ResponseStream: ...

    @overload
    def create(
        self, *, input: InputsParam, stream: bool, **params: Unpack[ResponseCreateArgs]
    ) -> OpenResponsesResult | ResponseStream: ...

    def create(
        self, *, input: InputsParam, stream: bool = False, **params: Any
    ) -> OpenResponsesResult | ResponseStream:
        """Send ``input`` (a string or input items) to ``model``; get the response, or
        (``stream=True``) a stream of typed events. ``output_text(result)`` joins its text.

        A failed response (``status: "failed"`` with an ``error``) raises the matching
        ``APIError``, as any error response does.
        """
        call = responses_call(input, stream, params)
        if stream:
            return ResponseStream(self._client._send(call))
        return decode_result(self._client._json(call))


class AsyncResponses:
    """The Responses API (awaitable)."""

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    @overload
    async def create(
        self,
        *,
        input: InputsParam,
        stream: Literal[False] = False,
        **params: Unpack[ResponseCreateArgs],
    ) -> OpenResponsesResult: ...

    @overload
    async def create(
        self, *, input: InputsParam, stream: Literal[True], **params: Unpack[ResponseCreateArgs]
    ) -> AsyncResponseStream: ...

    @overload
    async def create(
        self, *, input: InputsParam, stream: bool, **params: Unpack[ResponseCreateArgs]
    ) -> OpenResponsesResult | AsyncResponseStream: ...

    async def create(
        self, *, input: InputsParam, stream: bool = False, **params: Any
    ) -> OpenResponsesResult | AsyncResponseStream:
        """Send ``input`` to ``model``; get the response, or a stream of typed events."""
        call = responses_call(input, stream, params)
        if stream:
            return AsyncResponseStream(await self._client._send(call))
        return decode_result(await self._client._json(call))
