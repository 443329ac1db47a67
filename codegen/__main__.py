"""``python -m codegen [--check]``: regenerate generated/ from spec/, or prove it is current.

A failure prints what failed, where (operation, schema, overlay action or step) and what to do;
set ``CODEGEN_TRACEBACK=1`` to see Python's traceback as well.
"""

from __future__ import annotations

import argparse
import sys
import traceback

from .attrs_client import GenerationError
from .errors import TRACEBACK_VARIABLE, CodegenError, show_traceback
from .pipeline import run


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m codegen", description=__doc__)
    parser.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 when generated/ differs from what spec/ produces, or when an "
        "overlay action no longer applies",
    )
    args = parser.parse_args(argv)
    try:
        return run(check=args.check)
    except (CodegenError, GenerationError) as error:
        if show_traceback():
            traceback.print_exc()
        print(f"make generate failed: {error}", file=sys.stderr)
        return 2
    except Exception as error:  # a bug in codegen itself: still one readable sentence
        if show_traceback():
            traceback.print_exc()
        print(
            f"make generate failed unexpectedly: {type(error).__name__}: {error}\n"
            f"This is a bug in codegen/; rerun with {TRACEBACK_VARIABLE}=1 for the traceback.",
            file=sys.stderr,
        )
        return 2


if __name__ == "__main__":
    sys.exit(main())
