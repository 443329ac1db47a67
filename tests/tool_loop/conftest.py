"""Tool-loop tests reuse the resource suite's fixtures: ``mock`` (a started MockOpenRouter) and
``run`` (one test body with OpenRouter and with AsyncOpenRouter)."""

from __future__ import annotations

from tests.resources.conftest import Run, mock, run

__all__ = ["Run", "mock", "run"]
