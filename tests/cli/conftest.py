"""The CLI as users run it: a real subprocess against a ``MockOpenRouter`` started per test."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path

import pytest

from openrouter_client.testing import MockOpenRouter

CLI = [sys.executable, "-m", "openrouter_client.cli"]
# The console script pyproject declares (the venv is installed editable).
SCRIPT = Path(sys.executable).parent / "openrouter-client"


def clean_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    """This process's environment without any OPENROUTER_* variable, plus ``extra``."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("OPENROUTER_")}
    env["PYTHONIOENCODING"] = "utf-8"
    env.update(extra or {})
    return env


class Cli:
    """Runs ``openrouter-client ARGS`` in a subprocess with a given environment."""

    def __init__(self, env: dict[str, str]) -> None:
        self.env = env

    def __call__(
        self,
        *args: str,
        input: str = "",
        env: dict[str, str] | None = None,
        command: Sequence[str] = CLI,
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*command, *args],
            input=input,
            capture_output=True,
            text=True,
            encoding="utf-8",
            env=self.env if env is None else env,
            timeout=60,
        )


@pytest.fixture
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as server:
        yield server
    assert not server.errors, server.errors


@pytest.fixture
def cli(mock: MockOpenRouter) -> Cli:
    """The CLI pointed at ``mock`` through OPENROUTER_API_KEY / OPENROUTER_BASE_URL."""
    return Cli(clean_env(mock.env()))
