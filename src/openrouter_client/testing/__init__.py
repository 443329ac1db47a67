"""A local mock OpenRouter for tests, demos and fault injection, on real sockets.

    from openrouter_client import user
    from openrouter_client.testing import MockOpenRouter, faults

    with MockOpenRouter() as mock, mock.client(max_retries=0) as client:
        mock.reply_text("Hi there!")             # the next chat completion (streamed if asked)
        mock.reply_error(429, headers={"Retry-After": "1"})
        mock.reply(faults.reset_mid_stream(after_text="Hel"))
        client.chat.completions.create(model="openai/gpt-4o-mini", messages=[user("Hi")])
        assert mock.last_request.json["model"] == "openai/gpt-4o-mini"

Every operation of the spec is answered: scripted replies first (in the order queued), then
``mock.on(route, handler)``, then defaults built from the spec's examples, which honour the
request (structured output, tool calls, reasoning...) and keep state (keys, guardrails, files,
generations, video jobs: ``mock.state``). Requests that break the spec get OpenRouter's 400.
``replies`` builds OpenRouter-shaped answers, ``faults`` broken ones, and ``Response``/``Raw``
with ``Send``/``Sleep``/``Close``/``Reset`` script the bytes exactly.

In pytest, the ``openrouter_mock`` fixture (``openrouter_client.testing.pytest_plugin``) gives a
started mock per test. Standard library only (``jsonschema``, when installed, validates every
field of a request): importing this package stays cheap.
"""

from __future__ import annotations

from . import faults, replies
from ._chat import DEFAULT_MODEL, ChatReply
from ._mock import MOCK_API_KEY, Handler, HandlerResult, MockOpenRouter
from ._request import Headers, RecordedRequest
from ._script import Close, Raw, Reply, Reset, Response, Send, Sleep, Step
from ._state import MockState

__all__ = [
    "DEFAULT_MODEL",
    "MOCK_API_KEY",
    "ChatReply",
    "Close",
    "Handler",
    "HandlerResult",
    "Headers",
    "MockOpenRouter",
    "MockState",
    "Raw",
    "RecordedRequest",
    "Reply",
    "Reset",
    "Response",
    "Send",
    "Sleep",
    "Step",
    "faults",
    "replies",
]
