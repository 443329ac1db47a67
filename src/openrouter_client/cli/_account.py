"""``generation``, ``credits`` and ``key``: what a request cost, what the account has left,
and what the key in use may do (never the key itself)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._connect import open_client
from ._errors import EXIT_OK
from ._output import count, fields, money, write_json

if TYPE_CHECKING:
    import argparse

__all__ = ["credits", "generation", "key"]


def _show(body: dict[str, Any], as_json: bool, pairs: list[tuple[str, str]]) -> int:
    if as_json:
        write_json(body)
    else:
        print(fields(pairs))
    return EXIT_OK


def _ms(value: Any) -> str:
    return f"{count(value)} ms" if isinstance(value, (int, float)) else "-"


def generation(args: argparse.Namespace) -> int:
    with open_client(args) as client:
        body = client.generations.get(args.id, wait=args.wait).to_dict()
    data = body.get("data") or {}
    tokens = f"{count(data.get('tokens_prompt'))} prompt + {count(data.get('tokens_completion'))} completion"
    native = (data.get("native_tokens_prompt"), data.get("native_tokens_completion"))
    if all(isinstance(n, int) for n in native):
        tokens += f" (native {count(native[0])} + {count(native[1])})"
    pairs = [
        ("id", str(data.get("id") or args.id)),
        ("model", str(data.get("model") or "-")),
        ("provider", str(data.get("provider_name") or "-")),
        ("cost", money(data.get("total_cost"))),
        ("tokens", tokens),
        ("latency", _ms(data.get("latency"))),
        ("generation time", _ms(data.get("generation_time"))),
        ("finish reason", str(data.get("finish_reason") or "-")),
        ("created", str(data.get("created_at") or "-")),
    ]
    return _show(body, args.json, pairs)


def credits(args: argparse.Namespace) -> int:
    with open_client(args) as client:
        body = client.credits.get().to_dict()
    data = body.get("data") or {}
    total, used = data.get("total_credits"), data.get("total_usage")
    remaining = "-"
    if isinstance(total, (int, float)) and isinstance(used, (int, float)):
        remaining = money(total - used)
    pairs = [("total", money(total)), ("used", money(used)), ("remaining", remaining)]
    return _show(body, args.json, pairs)


def _unlimited(value: Any) -> str:
    return "unlimited" if value is None else money(value)


def key(args: argparse.Namespace) -> int:
    with open_client(args) as client:
        body = client.key.get().to_dict()
    data = body.get("data") or {}
    rate = data.get("rate_limit")
    if isinstance(rate, dict) and rate.get("requests") is not None:
        rate_text = f"{count(rate.get('requests'))} requests / {rate.get('interval') or '?'}"
    else:
        rate_text = "-"
    pairs = [
        ("label", str(data.get("label") or "-")),
        ("limit", _unlimited(data.get("limit"))),
        ("limit remaining", _unlimited(data.get("limit_remaining"))),
        ("limit reset", str(data.get("limit_reset") or "never")),
        ("usage", money(data.get("usage"))),
        ("usage today", money(data.get("usage_daily"))),
        ("rate limit", rate_text),
        ("free tier", "yes" if data.get("is_free_tier") else "no"),
        ("expires", str(data.get("expires_at") or "never")),
    ]
    return _show(body, args.json, pairs)
