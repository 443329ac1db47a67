"""``generation``, ``credits`` and ``key``: the numbers a user checks, as text and as JSON."""

from __future__ import annotations

import json
import re
from typing import Any

from openrouter_client.testing import MockOpenRouter

from .conftest import Cli


def _fields(stdout: str) -> dict[str, str]:
    """``label  value`` lines: labels hold single spaces, two or more separate the value."""
    pairs = (re.split(r" {2,}", line, maxsplit=1) for line in stdout.splitlines())
    return {label: value for label, value in pairs}


GENERATION: dict[str, Any] = {
    "id": "gen-42",
    "model": "anthropic/claude-sonnet-4.5",
    "provider_name": "Anthropic",
    "total_cost": 0.00042,
    "tokens_prompt": 1200,
    "tokens_completion": 80,
    "native_tokens_prompt": 1234,
    "native_tokens_completion": 77,
    "latency": 2500,
    "generation_time": 2100,
    "finish_reason": "stop",
    "created_at": "2025-01-01T00:00:00Z",
}


def test_generation_shows_cost_tokens_model_provider_latency(
    mock: MockOpenRouter, cli: Cli
) -> None:
    mock.reply_json("/generation", {"data": GENERATION})
    done = cli("generation", "gen-42")
    assert done.returncode == 0, done.stderr
    assert mock.last_request.query["id"] == "gen-42"
    shown = _fields(done.stdout)
    assert shown["cost"] == "$0.00042"
    assert shown["model"] == "anthropic/claude-sonnet-4.5"
    assert shown["provider"] == "Anthropic"
    assert shown["tokens"] == "1,200 prompt + 80 completion (native 1,234 + 77)"
    assert shown["latency"] == "2,500 ms"
    assert shown["generation time"] == "2,100 ms"


def test_generation_json(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_json("/generation", {"data": GENERATION})
    done = cli("generation", "--json", "gen-42")
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)["data"]
    assert data["total_cost"] == 0.00042
    assert data["provider_name"] == "Anthropic"


def test_generation_wait_polls_until_it_appears(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_error(404, "Generation not found", path="/generation")
    mock.reply_json("/generation", {"data": {**GENERATION, "id": "gen-soon"}})
    done = cli("generation", "gen-soon", "--wait", "10")
    assert done.returncode == 0, done.stderr
    assert len(mock.requests_to("/generation")) == 2
    assert _fields(done.stdout)["id"] == "gen-soon"


def test_credits_total_used_remaining(mock: MockOpenRouter, cli: Cli) -> None:
    body = {"data": {"total_credits": 50, "total_usage": 12.5}}
    mock.reply_json("/credits", body, times=2)
    done = cli("credits")
    assert done.returncode == 0, done.stderr
    assert _fields(done.stdout) == {"total": "$50.00", "used": "$12.50", "remaining": "$37.50"}
    assert json.loads(cli("credits", "--json").stdout) == body


def _key(**changes: Any) -> dict[str, Any]:
    data = {
        "label": "sk-or-v1-abc...xyz",
        "limit": None,
        "limit_remaining": None,
        "limit_reset": None,
        "usage": 3.25,
        "usage_daily": 0.5,
        "is_free_tier": False,
        "expires_at": None,
        "rate_limit": {"requests": 500, "interval": "10s", "note": "deprecated"},
    }
    data.update(changes)
    return {"data": data}


def test_key_null_limit_is_unlimited(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_json("/key", _key())
    done = cli("key")
    assert done.returncode == 0, done.stderr
    shown = _fields(done.stdout)
    assert shown["label"] == "sk-or-v1-abc...xyz"
    assert shown["limit"] == "unlimited"
    assert shown["usage"] == "$3.25"
    assert shown["rate limit"] == "500 requests / 10s"
    assert mock.api_key not in done.stdout + done.stderr


def test_key_with_a_limit_and_json(mock: MockOpenRouter, cli: Cli) -> None:
    mock.reply_json("/key", _key(limit=0, limit_remaining=0))
    shown = _fields(cli("key").stdout)
    assert shown["limit"] == "$0.00"  # a zero cap is a cap, not "unlimited"
    assert shown["limit remaining"] == "$0.00"
    mock.reply_json("/key", _key())
    data = json.loads(cli("key", "--json").stdout)["data"]
    assert data["limit"] is None
    assert data["usage"] == 3.25
