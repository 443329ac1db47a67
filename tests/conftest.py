"""Shared fixtures: the verbatim OpenRouter docs samples the tests replay."""

from __future__ import annotations

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
