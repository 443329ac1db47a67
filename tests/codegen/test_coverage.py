"""The coverage checker: the shipped client covers spec/, and a gap is reported, not missed."""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path
from typing import Any

from codegen.coverage import PACKAGE_DIR, SPEC, main, measure, measure_spec_file, read_operation
from tests.spec_facts import published_operations


def test_the_shipped_client_covers_every_operation_of_spec() -> None:
    coverage = measure_spec_file(SPEC, PACKAGE_DIR)
    assert coverage.complete, coverage.summary()
    assert coverage.operations == coverage.operations_on_api == len(published_operations())
    assert coverage.json_responses_typed == coverage.json_responses > 0


def test_a_missing_operation_module_is_reported(tmp_path: Path, capsys: Any) -> None:
    shutil.copytree(PACKAGE_DIR / "api", tmp_path / "api")
    victim = next((tmp_path / "api").glob("*/[!_]*.py"))
    operation = read_operation(victim)
    assert operation is not None
    victim.unlink()

    assert main([str(SPEC), str(tmp_path)]) == 1
    out = capsys.readouterr().out
    assert f"missing operation: {operation.method.upper()} {operation.path}" in out
    total = len(published_operations())
    assert f"operations with an operation module: {total - 1}/{total}" in out


def _fake_package(root: Path) -> Path:
    """A two-operation package: one complete, one untyped and missing on the async class."""
    files = {
        "api/__init__.py": """
            OPERATIONS = {"things": ("things", ("get_thing", "list_things"))}
            class Api:
                def things(self): ...
            class AsyncApi:
                def things(self): ...
        """,
        "api/things/__init__.py": """
            class ThingsApi:
                def get_thing(self): ...
                def list_things(self): ...
            class AsyncThingsApi:
                async def get_thing(self): ...
        """,
        "api/things/get_thing.py": """
            METHOD = "GET"
            PATH = "/things/{id}"
            SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)
            def build_request(*, id: str) -> dict: ...
            def parse_success(response) -> "Thing | None": ...
        """,
        "api/things/list_things.py": """
            METHOD = "GET"
            PATH = "/things"
            SUCCESS_CONTENT_TYPES = ("application/json",)
            def build_request() -> dict: ...
            def parse_success(response) -> Any: ...
        """,
    }
    for name, body in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(textwrap.dedent(body), encoding="utf-8")
    return root


def test_unbound_untyped_and_missing_operations(tmp_path: Path) -> None:
    def json_answer(status: str) -> dict[str, Any]:
        return {status: {"description": "ok", "content": {"application/json": {"schema": {}}}}}

    spec = {
        "paths": {
            "/things/{thing_id}": {"get": {"responses": json_answer("200")}},
            "/things": {
                "get": {"responses": json_answer("200")},
                "post": {"responses": {**json_answer("201"), "204": {"description": "none"}}},
            },
        }
    }
    coverage = measure(spec, _fake_package(tmp_path))
    assert not coverage.complete
    assert coverage.missing_operations == ["POST /things"]
    assert coverage.unbound_operations == ["GET /things (things.list_things)"]
    assert coverage.untyped_responses == ["GET /things -> 200", "POST /things -> 201"]
    assert (coverage.operations, coverage.operations_generated, coverage.operations_on_api) == (
        3,
        2,
        1,
    )
    assert (coverage.json_responses, coverage.json_responses_typed) == (3, 1)
