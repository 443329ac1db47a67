"""The wheel users install: both packages, their py.typed markers, the CLI and pytest plugin entry
points, and an import that works from the wheel alone (not from this checkout)."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--quiet", "--no-deps", "-w", str(out), str(ROOT)],
        check=True,
        capture_output=True,
        timeout=110,
    )
    (built,) = out.glob("openrouter_pyclient-*.whl")
    return built


def test_wheel_ships_both_packages_typed_with_entry_points(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        entry_points = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
        declared = archive.read(entry_points).decode()
    assert {"openrouter_client/py.typed", "openrouter_api/py.typed"} <= names
    assert "openrouter_api/models/chat_result.py" in names
    # What the mock answers and validates with (tests/testing): data, not the prepared spec.
    assert {"openrouter_api/_mock_answers.json", "openrouter_api/_mock_requests.json"} <= names
    assert "openrouter_client/testing/pytest_plugin.py" in names
    assert "openrouter-client = openrouter_client.cli:main" in declared
    assert "openrouter_client = openrouter_client.testing.pytest_plugin" in declared
    assert not any(name.startswith(("tests/", "codegen/", "spec/")) for name in names)


def test_installed_wheel_imports_and_streams_from_the_mock(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
        timeout=110,
    )
    program = (
        "import openrouter_client, openrouter_api\n"
        "from openrouter_client import user\n"
        "from openrouter_client.testing import MockOpenRouter\n"
        "with MockOpenRouter() as mock, mock.client() as client:\n"
        "    with client.chat.completions.create(model='a/b', messages=[user('hi')], stream=True) as s:\n"
        "        print(''.join(s.iter_text()))\n"
        "    print([g.name for g in client.guardrails.list()])\n"
        "print(openrouter_client.__file__)\n"
        "print(openrouter_api.__file__)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(target)}
    result = subprocess.run(
        [sys.executable, "-c", program],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    text, guardrails, client_file, api_file = result.stdout.splitlines()
    assert text == "Hello from MockOpenRouter!"
    assert guardrails == "['Production Guardrail']"  # the spec's example, from the wheel's data
    assert client_file.startswith(str(target)) and api_file.startswith(str(target))
