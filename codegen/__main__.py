"""``python -m codegen [--check]``: regenerate generated/ from spec/, or prove it is current."""

from __future__ import annotations

import argparse
import sys

from .attrs_client import GenerationError
from .pipeline import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 when generated/ differs from what spec/ produces",
    )
    args = parser.parse_args(argv)
    try:
        return run(check=args.check)
    except GenerationError as error:
        print(error, file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
