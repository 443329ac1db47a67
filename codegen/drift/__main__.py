"""``python -m codegen.drift NEW_SPEC [--all] [--no-typecheck]``; ``make spec-diff SPEC=...``.

Exit status: 0 when nothing in this repository breaks, 1 when something must be done first
(overlays to update, regeneration that would fail, code using removed names, new type errors),
2 when the report cannot be made (a file that is not a spec).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..errors import CodegenError
from .report import compute


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="make spec-diff SPEC=...", description=__doc__)
    parser.add_argument(
        "spec", type=Path, help="the new OpenAPI document (YAML, JSON or a docs page)"
    )
    parser.add_argument("--all", action="store_true", help="list every non-breaking schema change")
    parser.add_argument(
        "--no-typecheck", action="store_true", help="skip mypy against the new client (faster)"
    )
    args = parser.parse_args(argv)
    if not args.spec.is_file():
        print(f"spec-diff: {args.spec}: no such file", file=sys.stderr)
        return 2
    try:
        report = compute(args.spec, typecheck=not args.no_typecheck)
    except CodegenError as error:
        print(f"spec-diff: {error}", file=sys.stderr)
        return 2
    print(report.render(show_all=args.all))
    return 1 if report.needs_work else 0


if __name__ == "__main__":
    sys.exit(main())
