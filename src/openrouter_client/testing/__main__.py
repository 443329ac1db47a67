"""``python -m openrouter_client.testing``: run the mock OpenRouter until Ctrl-C.

For trying the client, the examples or the CLI without an API key: it prints the two environment
variables that point any client at it.
"""

from __future__ import annotations

import argparse
import threading

from . import MockOpenRouter


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m openrouter_client.testing",
        description="Serve a local mock OpenRouter (chat, streams, models, credits...) until Ctrl-C.",
    )
    parser.add_argument("--port", type=int, default=8765, help="port to listen on (default 8765)")
    parser.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    parser.add_argument(
        "--api-key",
        help="accept only this API key (default: any key; the printed one is a dummy)",
    )
    parser.add_argument(
        "--no-validate",
        action="store_true",
        help="answer requests the spec forbids instead of rejecting them with 400",
    )
    parser.add_argument(
        "--chunk-delay",
        type=float,
        default=0.03,
        help="seconds between streamed chunks, to watch streaming happen (default 0.03)",
    )
    parser.add_argument(
        "--rate-limit",
        type=int,
        metavar="N",
        help="answer 429 (with OpenRouter's Retry-After and X-RateLimit-* headers) beyond N "
        "requests per --rate-window seconds",
    )
    parser.add_argument(
        "--rate-window", type=float, default=1.0, help="seconds of the sliding window (default 1)"
    )
    parser.add_argument(
        "--latency", type=float, default=0.0, help="seconds before every answer (default 0)"
    )
    args = parser.parse_args(argv)
    mock = MockOpenRouter(
        args.port,
        host=args.host,
        api_key=args.api_key,
        validate=not args.no_validate,
        chunk_delay=args.chunk_delay,
        rate_limit=args.rate_limit,
        rate_window=args.rate_window,
        latency=args.latency,
    )
    with mock:
        print(f"Mock OpenRouter listening on {mock.base_url}. Point a client at it with:")
        for name, value in mock.env().items():
            shown = (
                value
                if name != "OPENROUTER_API_KEY" or args.api_key is None
                else "<the --api-key value>"
            )
            print(f"  export {name}={shown}")
        print("Ctrl-C stops it.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nstopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
