"""The README's code is real: every Python block compiles and runs against the mock (in order,
as one program), the mock-testing block runs as a test, and the names it imports exist."""

from __future__ import annotations

import ast
import re
from pathlib import Path
from typing import Any

import pytest

import openrouter_client
from openrouter_client.testing import MockOpenRouter
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")
BLOCKS = re.findall(r"```python\n(.*?)```", README, flags=re.DOTALL)


def test_every_python_block_compiles() -> None:
    assert len(BLOCKS) >= 8
    for index, block in enumerate(BLOCKS):
        compile(block, f"README.md python block {index}", "exec")


def test_every_name_imported_from_the_package_exists() -> None:
    for block in BLOCKS:
        for node in ast.walk(ast.parse(block)):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                "openrouter_client"
            ):
                module = __import__(node.module or "", fromlist=["_"])
                for alias in node.names:
                    assert hasattr(module, alias.name), f"{node.module}.{alias.name}"


def test_the_mock_testing_example_passes() -> None:
    block = next(b for b in BLOCKS if "def test_my_app_survives_rate_limits" in b)
    namespace: dict[str, object] = {}
    exec(compile(block, "README.md", "exec"), namespace)
    test = namespace["test_my_app_survives_rate_limits"]
    assert callable(test)
    test()


def test_the_package_exports_what_the_readme_promises() -> None:
    for name in ("OpenRouter", "AsyncOpenRouter", "paginate", "StreamError", "tool"):
        assert name in openrouter_client.__all__


PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360000002000001e221bc330000000049454e44ae426082"
)


def test_every_python_block_runs_against_the_unscripted_mock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The README read top to bottom as one program, with the environment pointing at the
    mock: every request it makes is one the spec accepts (the mock rejects the others), and
    the structured-output and tool snippets work with the mock's defaults alone."""
    (tmp_path / "chart.png").write_bytes(PNG)
    (tmp_path / "report.pdf").write_bytes(b"%PDF-1.4\n%mock\n")
    monkeypatch.chdir(tmp_path)
    with MockOpenRouter() as mock:
        for name, value in mock.env().items():
            monkeypatch.setenv(name, value)
        with mock.client() as setup:  # an earlier chat, for the snippet that looks one up
            gen_id = setup.chat.completions.create(
                model="a/b", messages=[{"role": "user", "content": "Hi"}]
            ).id
        namespace: dict[str, Any] = {"gen_id": gen_id}
        for index, block in enumerate(BLOCKS):
            exec(compile(block, f"README.md python block {index}", "exec"), namespace)
        namespace["test_my_app_survives_rate_limits"]()
        assert not mock.errors
        rejected = [
            r for r in mock.requests if r.route and r.method == "POST" and r.json is None and r.body
        ]
        assert not rejected
        for value in namespace.values():  # the README's `client = OpenRouter()` is never closed
            if isinstance(value, openrouter_client.OpenRouter):
                value.close()
    assert namespace["r"].parsed.__class__.__name__ == "City"  # structured output, unscripted
    run = namespace["run"]
    assert [call.name for step in run.steps for call in step.calls] == ["get_weather"]
    assert run.content == "Hello from MockOpenRouter!"
    bulk = namespace["summary"]  # the bulk-run snippet: one result line per custom_id
    assert (bulk.succeeded, bulk.failed) == (2, 0)
    assert len((tmp_path / "results.jsonl").read_text().splitlines()) == 2
