"""Shared fixtures: the verbatim OpenRouter docs samples the tests replay."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Copied verbatim from OpenRouter's docs and spec examples; provenance in SOURCES.md there.
SAMPLES = ROOT / "tests" / "fixtures" / "docs-samples"


@pytest.fixture(scope="session")
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def anyio_backend() -> str:
    return "asyncio"


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
