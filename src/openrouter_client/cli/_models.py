"""``models``: the catalogue as a table (or JSON), filtered, sorted and cut client-side."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from ._connect import open_client
from ._errors import EXIT_OK
from ._output import count, note, per_million, table, write_json

if TYPE_CHECKING:
    import argparse

__all__ = ["matches", "run", "sort_models"]

_UNKNOWN_PRICE = Decimal("Infinity")  # unknown and "varies" prices sort last


def matches(model: dict[str, Any], text: str) -> bool:
    """Whether ``text`` is in the model's id or name (case-insensitive)."""
    needle = text.casefold()
    return any(needle in str(model.get(key) or "").casefold() for key in ("id", "name"))


def _prompt_price(model: dict[str, Any]) -> Decimal:
    try:
        price = Decimal(str((model.get("pricing") or {}).get("prompt")))
    except InvalidOperation:
        return _UNKNOWN_PRICE
    return price if price.is_finite() and price >= 0 else _UNKNOWN_PRICE


def _context(model: dict[str, Any]) -> int:
    value = model.get("context_length")
    return value if isinstance(value, int) else 0


def sort_models(models: list[dict[str, Any]], by: str) -> list[dict[str, Any]]:
    """By ``id`` (A-Z), ``context`` (largest first) or ``price`` (cheapest prompt first); ties
    by id."""
    by_id = sorted(models, key=lambda m: str(m.get("id")))
    if by == "context":
        return sorted(by_id, key=lambda m: -_context(m))
    if by == "price":
        return sorted(by_id, key=_prompt_price)
    return by_id


def _as_dict(model: Any) -> dict[str, Any]:
    """A catalogue entry as JSON (a generated model keeps unknown fields in ``to_dict``)."""
    to_dict = getattr(model, "to_dict", None)
    return dict(to_dict() if to_dict is not None else model)


def run(args: argparse.Namespace) -> int:
    with open_client(args, need_key=False) as client:
        models = [_as_dict(m) for m in client.models.list()]
    total = len(models)
    if args.search:
        models = [m for m in models if matches(m, args.search)]
    models = sort_models(models, args.sort)
    if args.limit is not None:
        models = models[: args.limit]
    if args.json:
        write_json(models)
        return EXIT_OK
    if not models:
        note(f"no model matches {args.search!r} (of {total})" if args.search else "no models")
        return EXIT_OK
    rows = [
        (
            str(m.get("id")),
            count(m.get("context_length")),
            per_million((m.get("pricing") or {}).get("prompt")),
            per_million((m.get("pricing") or {}).get("completion")),
        )
        for m in models
    ]
    print(table(("ID", "CONTEXT", "PROMPT $/1M", "COMPLETION $/1M"), rows, right=(1, 2, 3)))
    note(f"{len(models)} of {total} models")
    return EXIT_OK
