"""``demo``: the first thing to run. A streamed answer from OpenRouter when a key is set, else
from the bundled ``MockOpenRouter`` on a local port (no network, no key), so that it always works.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ._chat import answer, messages_for
from ._connect import KEY_ENV, api_key, open_client
from ._output import note

if TYPE_CHECKING:
    import argparse

__all__ = ["DEMO_PROMPT", "MOCK_ANSWER", "run"]

DEMO_PROMPT = "In two sentences: what is OpenRouter, and why would I route requests through it?"
MOCK_ANSWER = (
    "This answer streams from the bundled MockOpenRouter, a local server speaking OpenRouter's "
    "API, so nothing left your machine. OpenRouter is one API and one key for hundreds of models. "
    f"Set {KEY_ENV} (https://openrouter.ai/settings/keys) to ask a real one."
)
MOCK_CHUNK_DELAY = 0.03  # seconds between streamed words, so the streaming is visible


def run(args: argparse.Namespace) -> int:
    messages = messages_for(args.prompt or DEMO_PROMPT, None)
    if api_key(args) is not None and not args.mock:
        with open_client(args) as client:
            return answer(client, messages, model=args.model, params={})

    from ..testing import MockOpenRouter

    why = "--mock given" if args.mock else f"No {KEY_ENV} set"
    note(f"{why}: answering from the bundled local mock server")
    with (
        # validate=False: the demo's own request needs no checking (and jsonschema, which
        # would check it, is not installed for the demo).
        MockOpenRouter(chat_text=MOCK_ANSWER, chunk_delay=MOCK_CHUNK_DELAY, validate=False) as mock,
        mock.client(max_retries=0) as client,
    ):
        return answer(client, messages, model=args.model, params={})
