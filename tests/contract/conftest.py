"""The contract tests use the resource tests' fixtures: a started MockOpenRouter (``mock``) and
``run`` (each test body once with OpenRouter, once with AsyncOpenRouter)."""

from tests.resources.conftest import anyio_backend, mock, run

__all__ = ["anyio_backend", "mock", "run"]
