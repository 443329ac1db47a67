"""Type-check our code against another generated client: the lines a new spec would break.

Names tell only part of it; a TypedDict key or model field that disappears, or a type that
changes, shows up only when the code is checked against the new package. mypy runs twice with
the project's own configuration, once against the shipped ``generated/`` and once against the new
tree (put first on ``MYPYPATH``), and only the errors the new tree adds are reported.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ..errors import CodegenError

_LINE = re.compile(r"^(?P<file>[^:\n]+):(?P<line>\d+): error: (?P<message>.*)$", re.MULTILINE)


@dataclass(frozen=True, order=True)
class TypeProblem:
    file: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.message}"


def type_errors(
    generated_root: Path, targets: Sequence[str], *, cwd: Path, config: Path | None = None
) -> set[TypeProblem]:
    """mypy's errors for ``targets`` when ``openrouter_api`` is the package in ``generated_root``."""
    with tempfile.TemporaryDirectory(prefix="openrouter-drift-mypy-") as cache:
        env = dict(os.environ)
        env["MYPYPATH"] = os.pathsep.join([str(generated_root), env.get("MYPYPATH", "")]).strip(
            os.pathsep
        )
        command = [sys.executable, "-m", "mypy", "--cache-dir", cache, "--no-error-summary"]
        command += ["--config-file", str(config or cwd / "pyproject.toml"), *targets]
        result = subprocess.run(
            command, capture_output=True, text=True, cwd=cwd, env=env, check=False
        )
    if result.returncode not in (0, 1):
        raise CodegenError(f"mypy could not run: {result.stderr or result.stdout}")
    return {
        TypeProblem(match["file"], int(match["line"]), match["message"])
        for match in _LINE.finditer(result.stdout)
    }


def new_type_errors(
    shipped_root: Path,
    candidate_root: Path,
    targets: Sequence[str],
    *,
    cwd: Path,
    config: Path | None = None,
) -> list[TypeProblem]:
    """Errors with ``candidate_root``'s package that ``shipped_root``'s does not have."""
    before = type_errors(shipped_root, targets, cwd=cwd, config=config)
    after = type_errors(candidate_root, targets, cwd=cwd, config=config)
    return sorted(after - before)
