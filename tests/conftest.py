"""Shared fixtures: the verbatim OpenRouter docs samples the tests replay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import anyio
import pytest

from openrouter_client import _transport as transport_module

ROOT = Path(__file__).resolve().parent.parent
# Copied verbatim from OpenRouter's docs and spec examples; provenance in SOURCES.md there.
SAMPLES = ROOT / "tests" / "fixtures" / "docs-samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


class _Sleeps(list[float]):
    """The retry waits the transports asked for, in order."""


@pytest.fixture
def sleeps(monkeypatch: pytest.MonkeyPatch) -> _Sleeps:
    """Record each retry wait (sync and async) and sleep only a moment instead."""
    recorded = _Sleeps()
    real_async_sleep = anyio.sleep

    class _Time:
        @staticmethod
        def sleep(seconds: float) -> None:
            recorded.append(seconds)

    async def async_sleep(seconds: float) -> None:
        recorded.append(seconds)
        await real_async_sleep(0)

    monkeypatch.setattr(transport_module, "time", _Time)
    monkeypatch.setattr(anyio, "sleep", async_sleep)
    return recorded


@pytest.fixture(params=["orjson", "stdlib"])
def json_backend(request: pytest.FixtureRequest) -> Iterator[str]:
    """Run a test with each JSON decoder the client may use: orjson (the ``speed`` extra; skipped
    where it is not installed) and the standard library (the fast path forced off)."""
    from openrouter_client import _json

    if request.param == "orjson":
        pytest.importorskip("orjson")
    was = _json.fast()
    _json.use_orjson(request.param == "orjson")
    try:
        yield request.param
    finally:
        _json.use_orjson(was)
