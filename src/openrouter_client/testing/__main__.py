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
        "--chunk-delay",
        type=float,
        default=0.03,
        help="seconds between streamed chunks, to watch streaming happen (default 0.03)",
    )
    args = parser.parse_args(argv)
    with MockOpenRouter(args.port, host=args.host, chunk_delay=args.chunk_delay) as mock:
        print(f"Mock OpenRouter listening on {mock.base_url}. Point a client at it with:")
        for name, value in mock.env().items():
            print(f"  export {name}={value}")
        print("Ctrl-C stops it.", flush=True)
        try:
            threading.Event().wait()
        except KeyboardInterrupt:
            print("\nstopped")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
