"""``models``: the table, prices per 1M tokens, search, sort, limit, JSON; no key needed."""

from __future__ import annotations

import json
from typing import Any

import pytest

from openrouter_client.testing import MockOpenRouter

from .conftest import Cli, clean_env


def _model(id: str, name: str, context: int, prompt: str, completion: str) -> dict[str, Any]:
    return {
        "id": id,
        "name": name,
        "context_length": context,
        "pricing": {"prompt": prompt, "completion": completion},
    }


CATALOGUE = [
    _model("zeta/big", "Zeta Big", 1_000_000, "0.000002", "0.000008"),
    _model("alpha/small", "Alpha Small", 8192, "0.0000001", "0.0000004"),
    _model("mid/free", "Mid Free (Claude-ish)", 32768, "0", "0"),
    _model("openrouter/auto", "Auto Router", 2_000_000, "-1", "-1"),
]


@pytest.fixture
def catalogue(mock: MockOpenRouter) -> MockOpenRouter:
    mock.reply_json("/models", {"data": CATALOGUE}, method="GET", times=None)
    return mock


def _rows(stdout: str) -> list[list[str]]:
    lines = stdout.strip().splitlines()
    return [line.split() for line in lines[1:]]


def test_table_shows_context_and_prices_per_million(catalogue: MockOpenRouter, cli: Cli) -> None:
    done = cli("models")
    assert done.returncode == 0, done.stderr
    header, *_ = done.stdout.splitlines()
    assert header.split() == ["ID", "CONTEXT", "PROMPT", "$/1M", "COMPLETION", "$/1M"]
    rows = {row[0]: row[1:] for row in _rows(done.stdout)}
    assert rows == {
        "alpha/small": ["8,192", "$0.10", "$0.40"],
        "mid/free": ["32,768", "free", "free"],
        "openrouter/auto": ["2,000,000", "varies", "varies"],
        "zeta/big": ["1,000,000", "$2.00", "$8.00"],
    }
    assert "4 of 4 models" in done.stderr


def test_search_matches_id_or_name_case_insensitively(catalogue: MockOpenRouter, cli: Cli) -> None:
    assert [r[0] for r in _rows(cli("models", "--search", "ALPHA").stdout)] == ["alpha/small"]
    assert [r[0] for r in _rows(cli("models", "-q", "claude").stdout)] == ["mid/free"]
    done = cli("models", "--search", "nothing-like-this")
    assert done.returncode == 0
    assert done.stdout == ""
    assert "no model matches 'nothing-like-this'" in done.stderr


def test_sort_and_limit(catalogue: MockOpenRouter, cli: Cli) -> None:
    def ids(*args: str) -> list[str]:
        done = cli("models", *args)
        assert done.returncode == 0, done.stderr
        return [row[0] for row in _rows(done.stdout)]

    assert ids() == ["alpha/small", "mid/free", "openrouter/auto", "zeta/big"]
    assert ids("--sort", "context") == ["openrouter/auto", "zeta/big", "mid/free", "alpha/small"]
    # Cheapest prompt first; "varies" (negative) sorts last.
    assert ids("--sort", "price") == ["mid/free", "alpha/small", "zeta/big", "openrouter/auto"]
    assert ids("--sort", "price", "--limit", "2") == ["mid/free", "alpha/small"]


def test_json_is_the_selected_models(catalogue: MockOpenRouter, cli: Cli) -> None:
    done = cli("models", "--json", "--sort", "context", "--limit", "2")
    assert done.returncode == 0, done.stderr
    models = json.loads(done.stdout)
    assert [m["id"] for m in models] == ["openrouter/auto", "zeta/big"]
    assert models[1]["pricing"] == {"prompt": "0.000002", "completion": "0.000008"}


def test_works_without_a_key(mock: MockOpenRouter, cli: Cli) -> None:
    done = cli("models", env=clean_env({"OPENROUTER_BASE_URL": mock.base_url}))
    assert done.returncode == 0, done.stderr
    assert mock.last_request.bearer_token is None
    assert len(_rows(done.stdout)) >= 1
