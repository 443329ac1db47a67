"""Rendering for people (aligned tables and fields, money, token counts) and for programs (JSON).

Results go to stdout, everything about them (usage, notes, errors) to stderr, so that
``openrouter-client chat ... > answer.txt`` keeps just the answer.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any

__all__ = [
    "count",
    "fields",
    "money",
    "note",
    "per_million",
    "table",
    "write_json",
]


def write_json(value: Any) -> None:
    """One JSON document on stdout (indented, UTF-8 text kept as is)."""
    sys.stdout.write(json.dumps(value, indent=2, ensure_ascii=False) + "\n")
    sys.stdout.flush()


def note(text: str) -> None:
    """A line for the person at the terminal, on stderr (after what stdout has so far)."""
    sys.stdout.flush()
    print(text, file=sys.stderr, flush=True)


def _number(value: Any) -> Decimal | None:
    if value is None or isinstance(value, bool):
        return None
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        return None
    return number if number.is_finite() else None


def money(value: Any) -> str:
    """US dollars: cents from $1 up; below that every significant digit (``$0.00000495``)."""
    number = _number(value)
    if number is None:
        return "-" if value is None else str(value)
    if abs(number) >= 1 or number == 0:
        return f"${number:,.2f}"
    text = f"{number:.12f}".rstrip("0")
    if len(text.split(".")[1]) < 2:
        text = f"{number:.2f}"
    return f"${text}" if number > 0 else f"-${text[1:]}"


def per_million(price: Any) -> str:
    """A per-token price string (``"0.00000015"``) as dollars per 1M tokens (``$0.15``).
    OpenRouter marks prices that depend on the routed model as negative (``"-1"``)."""
    number = _number(price)
    if number is None:
        return "-"
    if number < 0:
        return "varies"
    if number == 0:
        return "free"
    return money(number * 1_000_000)


def count(value: Any) -> str:
    """An integer with thousands separators (``128,000``), ``-`` when unknown."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return "-"
    return f"{int(value):,}"


def table(headers: Sequence[str], rows: Iterable[Sequence[str]], right: Sequence[int] = ()) -> str:
    """Rows as aligned columns under ``headers``; columns listed in ``right`` align right."""
    rows = [list(row) for row in rows]
    widths = [len(h) for h in headers]
    for row in rows:
        for i, cell in enumerate(row):
            widths[i] = max(widths[i], len(cell))

    def line(cells: Sequence[str]) -> str:
        parts = [
            cell.rjust(widths[i]) if i in right else cell.ljust(widths[i])
            for i, cell in enumerate(cells)
        ]
        return "  ".join(parts).rstrip()

    return "\n".join([line(headers), *(line(row) for row in rows)])


def fields(pairs: Iterable[tuple[str, str]]) -> str:
    """``label  value`` lines with the values aligned."""
    pairs = list(pairs)
    width = max((len(label) for label, _ in pairs), default=0)
    return "\n".join(f"{label.ljust(width)}  {value}" for label, value in pairs)
