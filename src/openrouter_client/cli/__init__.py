"""``openrouter-client``: chat, the model catalogue and account lookups from a shell.

``main(argv)`` parses the arguments, runs one command and returns its exit code (see
``_errors.EXIT_*``). Only argparse is imported up front; a command imports the client (and httpx)
when it runs, so ``--help`` and ``--version`` answer at once.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

__all__ = ["main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line ``argv`` (default ``sys.argv[1:]``); return the exit code."""
    from ._errors import EXIT_INTERRUPTED, report, run_quietly
    from ._parser import build_parser, load_handler

    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.handler is None:
            parser.print_help(sys.stderr)
            return 2
        handler = load_handler(args.handler)
        return run_quietly(handler, args)
    except KeyboardInterrupt:
        print("\ninterrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except SystemExit as exit_:  # argparse: --help, --version and usage errors
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    except Exception as exc:
        return report(exc)
