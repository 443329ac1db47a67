"""A local mock OpenRouter for tests, demos and fault injection, on real sockets.

    from openrouter_client.testing import MockOpenRouter, faults

    with MockOpenRouter() as mock:
        mock.reply_text("Hi there!")                      # next chat completion (streams if asked)
        mock.reply_error(429, headers={"Retry-After": "1"})
        mock.reply(faults.reset_mid_stream(after_text="Hel"))
        client = OpenRouter(api_key=mock.api_key, base_url=mock.base_url)
        ...
        assert mock.last_request.json["model"] == "openai/gpt-4o-mini"

In pytest, the ``openrouter_mock`` fixture (``openrouter_client.testing.pytest_plugin``) gives a
started mock per test. Standard library only: importing this package stays cheap.
"""

from __future__ import annotations

from . import faults, replies
from ._chat import DEFAULT_MODEL, ChatReply
from ._mock import MOCK_API_KEY, Handler, HandlerResult, MockOpenRouter
from ._request import Headers, RecordedRequest
from ._script import Close, Raw, Reply, Reset, Response, Send, Sleep, Step

__all__ = [
    "DEFAULT_MODEL",
    "MOCK_API_KEY",
    "ChatReply",
    "Close",
    "Handler",
    "HandlerResult",
    "Headers",
    "MockOpenRouter",
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
