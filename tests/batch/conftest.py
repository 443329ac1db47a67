from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import pytest

from openrouter_client.batch import _engine

MODEL = "openai/gpt-4o-mini"


def chat(custom_id: str, text: str = "hi", **extra: Any) -> dict[str, Any]:
    body = {"model": MODEL, "messages": [{"role": "user", "content": text}], **extra}
    return {"custom_id": custom_id, "body": body}


def write_jsonl(path: Path, items: Iterable[Any]) -> Path:
    path.write_text("".join(json.dumps(item) + "\n" for item in items))
    return path


def read_results(path: Path) -> dict[str, dict[str, Any]]:
    """The result lines by custom_id; fails on a repeated id (each must have exactly one)."""
    results: dict[str, dict[str, Any]] = {}
    for line in path.read_text().splitlines():
        record = json.loads(line)
        assert record["custom_id"] not in results, f"two lines for {record['custom_id']}"
        results[record["custom_id"]] = record
    return results


@pytest.fixture
def no_backoff(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Per-request retry backoff at zero; the tries it was asked for, recorded."""
    asked: list[int] = []

    def backoff(tries: int) -> float:
        asked.append(tries)
        return 0.0

    monkeypatch.setattr(_engine, "_backoff", backoff)
    monkeypatch.setattr(_engine, "plan_retry", lambda *a, **k: 0.0)
    return asked
