"""The README's code is real: every Python block compiles, the mock-testing block runs as a test,
and the names it imports exist."""

from __future__ import annotations

import ast
import re

import openrouter_client
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
