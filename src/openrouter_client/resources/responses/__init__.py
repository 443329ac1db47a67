"""``client.responses``: the Responses API (OpenAI-compatible), whole or streamed."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, overload

from ..._options import RequestOptions, split_options
from .._resource import AsyncAPIResource, SyncAPIResource
from .accumulate import output_text
from .stream import AsyncResponseStream, ResponseEvent, ResponsesProtocol, ResponseStream

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import OpenResponsesResult
    from openrouter_api.params import InputsParam, ResponseCreateParam

    from ..._request import Operation

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
    "responses_request",
]


def responses_request(
    input: Any, stream: bool, params: dict[str, Any]
) -> tuple[Operation[OpenResponsesResult], dict[str, Any], RequestOptions]:
    """The operation, its arguments and the per-call options of ``create``: only the arguments
    given are sent."""
    from openrouter_api.api.responses import create_responses

    options = split_options(params)
    body = params
    body["input"] = input
    if stream:
        body["stream"] = True
    return create_responses, {"body": body}, options


class Responses(SyncAPIResource):
    """The Responses API (blocking)."""

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
        op, args, options = responses_request(input, stream, params)
        if stream:
            return ResponseStream(self._open(op, args, options))
        return self._request(op, args, options)


class AsyncResponses(AsyncAPIResource):
    """The Responses API (awaitable)."""

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
        op, args, options = responses_request(input, stream, params)
        if stream:
            return AsyncResponseStream(await self._open(op, args, options))
        return await self._request(op, args, options)
