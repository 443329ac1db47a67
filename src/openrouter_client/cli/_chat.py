"""``chat``: one prompt, the answer streamed to stdout, usage and cost to stderr.

The same answering code serves ``demo``. A stream stopped with Ctrl-C is closed (so the
connection and the generation end), what arrived stays on stdout, and the exit code is 130.
"""

from __future__ import annotations

import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from ._connect import open_client, require_key
from ._errors import EXIT_INTERRUPTED, EXIT_OK, UsageError
from ._output import count, money, note, write_json

if TYPE_CHECKING:
    import argparse

    from .._client import OpenRouter

__all__ = ["answer", "messages_for", "read_prompt", "run", "usage_line"]


def read_prompt(prompt: str | None) -> str:
    """The prompt argument, or stdin when it is omitted or ``-``; empty is a usage error."""
    if prompt is None or prompt == "-":
        if sys.stdin is None:
            raise UsageError("no prompt: pass one as an argument or on stdin")
        if sys.stdin.isatty():
            note("Type your prompt, then Ctrl-D on a new line:")
        prompt = sys.stdin.read()
        if prompt.endswith("\n"):
            prompt = prompt[:-1]
    if not prompt.strip():
        raise UsageError("empty prompt: pass it as an argument or on stdin")
    return prompt


def messages_for(prompt: str, system: str | None) -> list[dict[str, Any]]:
    messages: list[dict[str, Any]] = []
    if system:
        messages.append({"role": "system", "content": system})
    messages.append({"role": "user", "content": prompt})
    return messages


def run(args: argparse.Namespace) -> int:
    params: dict[str, Any] = {}
    if args.temperature is not None:
        params["temperature"] = args.temperature
    if args.max_tokens is not None:
        params["max_tokens"] = args.max_tokens
    require_key(args)  # reported before waiting on stdin for a prompt
    prompt = read_prompt(args.prompt)
    with open_client(args) as client:
        return answer(
            client,
            messages_for(prompt, args.system),
            model=args.model,
            params=params,
            stream=not args.no_stream,
            as_json=args.json,
        )


def _text(completion: dict[str, Any]) -> str:
    choices = completion.get("choices") or [{}]
    message = choices[0].get("message") or {}
    content = message.get("content")
    return content if isinstance(content, str) else ""


def usage_line(completion: dict[str, Any]) -> str:
    """``5 prompt + 7 completion = 12 tokens | cost $0.00000495 | model ... | generation ...``"""
    parts = []
    usage = completion.get("usage")
    if isinstance(usage, dict):
        tokens = (
            f"{count(usage.get('prompt_tokens'))} prompt + "
            f"{count(usage.get('completion_tokens'))} completion = "
            f"{count(usage.get('total_tokens'))} tokens"
        )
        reasoning = (usage.get("completion_tokens_details") or {}).get("reasoning_tokens")
        if reasoning:
            tokens += f" ({count(reasoning)} reasoning)"
        parts.append(tokens)
        if usage.get("cost") is not None:
            parts.append(f"cost {money(usage['cost'])}")
    else:
        parts.append("usage not reported")
    for label, key in (("model", "model"), ("provider", "provider"), ("generation", "id")):
        if completion.get(key):
            parts.append(f"{label} {completion[key]}")
    return " | ".join(parts)


class _Echo:
    """Writes text to stdout as it arrives, and ends the line at the end."""

    def __init__(self) -> None:
        self.chars = 0
        self.last = "\n"

    def write(self, text: str) -> None:
        if not text:
            return
        # Counted first: a Ctrl-C arriving while the write flushes must still see the text.
        self.chars += len(text)
        self.last = text[-1]
        sys.stdout.write(text)
        sys.stdout.flush()

    def end_line(self) -> None:
        """A final newline unless the text ended with one (not counted as answer text)."""
        if self.last != "\n":
            self.last = "\n"
            sys.stdout.write("\n")
            sys.stdout.flush()


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """No second Ctrl-C while a stopped stream is cleaned up (it would leave a traceback)."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def answer(
    client: OpenRouter,
    messages: list[dict[str, Any]],
    *,
    model: str,
    params: dict[str, Any],
    stream: bool = True,
    as_json: bool = False,
) -> int:
    """Ask for a completion and show it: text to stdout (or the completion as JSON), then the
    usage line to stderr."""
    if not stream:
        completion = client.chat.completions.create(
            model=model, messages=messages, **params
        ).to_dict()
        if as_json:
            write_json(completion)
            return EXIT_OK
        echo = _Echo()
        echo.write(_text(completion))
        echo.end_line()
        note(usage_line(completion))
        return EXIT_OK
    return _stream(client, messages, model=model, params=params, as_json=as_json)


def _stream(
    client: OpenRouter,
    messages: list[dict[str, Any]],
    *,
    model: str,
    params: dict[str, Any],
    as_json: bool,
) -> int:
    from .._errors import StreamError

    echo = _Echo()
    chunks = client.chat.completions.create(model=model, messages=messages, stream=True, **params)
    try:
        with chunks:
            for text in chunks.iter_text():
                if not as_json:
                    echo.write(text)
            completion = chunks.get_final_completion().to_dict()
    except KeyboardInterrupt:
        with _sigint_ignored():
            chunks.close()
            partial = chunks.snapshot().to_dict()
            if as_json:
                write_json(partial)
            echo.end_line()
            generation = partial.get("id") or chunks.headers.get("x-generation-id")
            what = f"{echo.chars} characters" if not as_json else f"{chunks.chunk_count} chunks"
            line = f"interrupted: stopped the stream after {what}"
            if generation:
                line += (
                    f"; generation {generation} (its cost: "
                    f"openrouter-client generation {generation} --wait 10)"
                )
            note(line)
        return EXIT_INTERRUPTED
    except StreamError as error:
        # What arrived stays: the text is on stdout already; as JSON it is printed here.
        to_dict = getattr(error.partial, "to_dict", None)
        if as_json and to_dict is not None:
            write_json(to_dict())
        echo.end_line()
        raise
    if as_json:
        write_json(completion)
    else:
        echo.end_line()
        note(usage_line(completion))
    return EXIT_OK
