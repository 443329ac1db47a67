"""The argument parser: commands, options, help text with examples and exit codes.

Commands name their handler as ``"module:function"`` so that only the command that runs is
imported (and with it the client and httpx).
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["DEFAULT_MODEL", "build_parser", "load_handler"]

DEFAULT_MODEL = "openrouter/auto"  # OpenRouter picks a model for the prompt

EPILOG = f"""\
examples:
  openrouter-client demo                        a streamed answer (bundled mock without a key)
  openrouter-client chat "Why is the sky blue?"
  echo "Summarize: ..." | openrouter-client chat --model openai/gpt-4o-mini
  openrouter-client chat --json --no-stream "Hi" > answer.json
  openrouter-client models --search claude --sort price --limit 5
  openrouter-client generation gen-1234567890-abc --wait 10
  openrouter-client credits
  openrouter-client key
  openrouter-client batch requests.jsonl results.jsonl --max-cost 5

environment:
  OPENROUTER_API_KEY    API key (or --api-key); create one at https://openrouter.ai/settings/keys
  OPENROUTER_BASE_URL   API base URL (or --base-url), e.g. a local mock

exit codes:
  0    success
  1    OpenRouter answered with an error (4xx/5xx, or an error inside a stream)
  2    usage error: bad arguments, empty prompt, no API key
  3    no answer: connection refused or broken, timeout
  130  interrupted (Ctrl-C); what had arrived is kept

default model: {DEFAULT_MODEL}
"""


class _Version(argparse.Action):
    """``--version``, looked up only when asked (``importlib.metadata`` is not free)."""

    def __init__(self, option_strings: Sequence[str], dest: str, **kwargs: Any) -> None:
        kwargs.setdefault("nargs", 0)
        kwargs.setdefault("default", argparse.SUPPRESS)
        kwargs.setdefault("help", "print the version and exit")
        super().__init__(option_strings, dest, **kwargs)

    def __call__(
        self,
        parser: argparse.ArgumentParser,
        namespace: argparse.Namespace,
        values: Any,
        option_string: str | None = None,
    ) -> None:
        from .._version import __version__

        print(f"openrouter-client {__version__}")
        parser.exit()


def _positive(kind: Callable[[str], Any], what: str, *, zero: bool = True) -> Callable[[str], Any]:
    """A number option's parser: ``kind`` (int or float), not negative, 0 only if ``zero``."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{what} must be a number, not {text!r}") from None
        if value < 0 or (value == 0 and not zero) or value != value:  # NaN too
            limit = "not be negative" if zero else "be more than 0"
            raise argparse.ArgumentTypeError(f"{what} must {limit}, got {text}")
        return value

    parse.__name__ = what  # argparse names the type in its messages
    return parse


def _add_chat_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--model", "-m", default=DEFAULT_MODEL, help=f"model id (default: {DEFAULT_MODEL})"
    )
    parser.add_argument("--system", "-s", metavar="TEXT", help="a system message sent first")
    parser.add_argument("--temperature", "-t", type=float, help="sampling temperature, e.g. 0.7")
    parser.add_argument(
        "--max-tokens", type=_positive(int, "max tokens"), metavar="N", help="cap the answer"
    )
    parser.add_argument(
        "--no-stream", action="store_true", help="wait for the whole answer instead of streaming"
    )
    parser.add_argument(
        "--json",
        action="store_true",
        help="print the final completion as one JSON document (usage and cost included)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="openrouter-client",
        description="Chat with OpenRouter models and look up models, generations and credits.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.set_defaults(handler=None)
    parser.add_argument("--version", "-V", action=_Version)
    parser.add_argument(
        "--api-key",
        metavar="KEY",
        help="API key (default: $OPENROUTER_API_KEY; the variable keeps it out of `ps`)",
    )
    parser.add_argument(
        "--base-url",
        metavar="URL",
        help="API base URL (default: $OPENROUTER_BASE_URL or OpenRouter)",
    )
    parser.add_argument(
        "--timeout",
        type=_positive(float, "timeout", zero=False),
        metavar="SECONDS",
        help="give up connecting, or waiting for the next bytes, after this long (default: 600)",
    )
    parser.add_argument(
        "--max-retries",
        type=_positive(int, "max retries"),
        metavar="N",
        help="retries of failed requests (connection errors, 408/409/429/5xx; default: 2)",
    )
    commands = parser.add_subparsers(title="commands", metavar="COMMAND")

    chat = commands.add_parser(
        "chat",
        help="send a prompt, stream the answer",
        description="Send a prompt and stream the answer to stdout; usage and cost go to stderr.",
    )
    chat.add_argument(
        "prompt", nargs="?", default="-", help="the prompt; omitted or '-': read it from stdin"
    )
    _add_chat_options(chat)
    chat.set_defaults(handler="_chat:run")

    demo = commands.add_parser(
        "demo",
        help="a streamed answer, from OpenRouter with a key, else from a bundled local mock",
        description=(
            "Stream an answer to a sample prompt: from OpenRouter when OPENROUTER_API_KEY is set, "
            "otherwise from the bundled local mock server (no network, no key needed)."
        ),
    )
    demo.add_argument("prompt", nargs="?", help="the prompt (default: a question about OpenRouter)")
    demo.add_argument(
        "--model", "-m", default=DEFAULT_MODEL, help=f"model id (default: {DEFAULT_MODEL})"
    )
    demo.add_argument(
        "--mock", action="store_true", help="use the bundled mock even when a key is set"
    )
    demo.set_defaults(handler="_demo:run")

    models = commands.add_parser(
        "models",
        help="list models with context length and prices",
        description="The model catalogue: id, context length, prices per 1M tokens.",
    )
    models.add_argument("--search", "-q", metavar="TEXT", help="only ids or names containing TEXT")
    models.add_argument(
        "--sort",
        choices=("id", "context", "price"),
        default="id",
        help="id (A-Z, default), context (largest first) or price (cheapest prompt first)",
    )
    models.add_argument("--limit", "-n", type=_positive(int, "limit"), metavar="N")
    models.add_argument("--json", action="store_true", help="print the models as a JSON list")
    models.set_defaults(handler="_models:run")

    generation = commands.add_parser(
        "generation",
        help="cost, tokens, model, provider and latency of one generation",
        description="Look up a generation by its id (printed after each chat answer).",
    )
    generation.add_argument("id", help="generation id, e.g. gen-1234567890-abc")
    generation.add_argument(
        "--wait",
        type=_positive(float, "wait"),
        metavar="SECONDS",
        help="keep asking this long while it is not found yet (it appears seconds after the answer)",
    )
    generation.add_argument("--json", action="store_true", help="print the raw JSON answer")
    generation.set_defaults(handler="_account:generation")

    credits = commands.add_parser(
        "credits", help="credits purchased, used and remaining", description="Account credits."
    )
    credits.add_argument("--json", action="store_true", help="print the raw JSON answer")
    credits.set_defaults(handler="_account:credits")

    key = commands.add_parser(
        "key",
        help="the API key in use: label, limit, usage, rate limit",
        description="Details of the API key in use (never the key itself).",
    )
    key.add_argument("--json", action="store_true", help="print the raw JSON answer")
    key.set_defaults(handler="_account:key")

    batch = commands.add_parser(
        "batch",
        help="send a JSONL file of requests (OpenAI Batch lines), resumable, rate-limit adaptive",
        description=(
            "Send every request of REQUESTS (one {custom_id, method?, url?, body} per line, the "
            "OpenAI Batch format; chat completions by default) and append one result line per "
            "custom_id to RESULTS as answers arrive. RESULTS is the journal: run the same "
            "command again after a crash or Ctrl-C and only what is missing is sent. The rate "
            "limit is discovered as the run goes (429s slow everyone down, never end the run)."
        ),
    )
    batch.add_argument("requests", help="input JSONL file")
    batch.add_argument("results", help="output JSONL file (created, or resumed)")
    batch.add_argument(
        "--concurrency",
        type=_positive(int, "concurrency", zero=False),
        default=64,
        metavar="N",
        help="requests in flight at most (default 64)",
    )
    batch.add_argument(
        "--rate",
        type=_positive(float, "rate", zero=False),
        metavar="PER_SECOND",
        help="send at this fixed rate, if you know your limit (default: discover it)",
    )
    batch.add_argument(
        "--max-cost",
        type=_positive(float, "max cost", zero=False),
        metavar="USD",
        help="stop sending once the answers' usage.cost adds up to this much",
    )
    batch.add_argument(
        "--max-attempts",
        type=_positive(int, "max attempts", zero=False),
        default=5,
        metavar="N",
        help="tries per request for network errors and 5xx (default 5; 429s do not count)",
    )
    batch.add_argument(
        "--retry-failed",
        action="store_true",
        help="send again the requests whose result in RESULTS is an error",
    )
    batch.add_argument(
        "--no-check",
        action="store_true",
        help="send bodies the spec refuses (by default they get an invalid_request result line)",
    )
    batch.add_argument("--no-progress", action="store_true", help="no live progress line on stderr")
    batch.add_argument(
        "--json", action="store_true", help="print the closing summary as JSON on stdout"
    )
    batch.set_defaults(handler="_batch:run")
    return parser


def load_handler(name: str) -> Callable[[argparse.Namespace], int]:
    """The command function named ``"module:function"`` (a module of this package)."""
    module, _, function = name.partition(":")
    handler: Callable[[argparse.Namespace], int] = getattr(
        importlib.import_module(f".{module}", __package__), function
    )
    return handler
