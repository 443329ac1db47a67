"""``batch``: a JSONL file of requests through OpenRouter, with live progress and a summary."""

from __future__ import annotations

import json
import sys
from typing import TYPE_CHECKING

from ._connect import open_client
from ._errors import EXIT_API_ERROR, EXIT_OK, UsageError

if TYPE_CHECKING:
    import argparse

__all__ = ["run"]


def run(args: argparse.Namespace) -> int:
    """Exit 0 when every request has a successful result line, 1 when some failed (their lines
    say why) or the cost budget stopped the run."""
    from ..batch import BatchInputError, JournalError

    try:
        with open_client(args) as client:
            summary = client.batch.run(
                args.requests,
                args.results,
                concurrency=args.concurrency,
                rate=args.rate,
                max_cost=args.max_cost,
                max_attempts=args.max_attempts,
                retry_failed=args.retry_failed,
                check=not args.no_check,
                progress=not args.no_progress,
            )
    except FileNotFoundError as exc:
        raise UsageError(f"{exc.filename}: no such file") from None
    except (BatchInputError, JournalError) as exc:
        raise UsageError(str(exc)) from None
    if args.json:
        json.dump(summary.as_dict(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    elif args.no_progress:
        print(summary.describe(), file=sys.stderr)
    return EXIT_OK if not summary.failed and summary.stopped is None else EXIT_API_ERROR
