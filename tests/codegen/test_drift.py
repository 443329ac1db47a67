"""The drift report (`make spec-diff`): spec changes, removed generated names, the lines using them."""

from __future__ import annotations

import copy
import textwrap
from pathlib import Path
from typing import Any

import pytest

from codegen.drift.names import Use, find_uses, read_names, removed
from codegen.drift.report import compute
from codegen.drift.spec_changes import (
    compare_operations,
    compare_schema,
    compare_schemas,
    signature,
)
from codegen.drift.typecheck import new_type_errors
from codegen.load import load_document
from codegen.overlay import Inapplicable, apply_overlays
from codegen.pipeline import ROOT, overlay_paths
from codegen.spec_walk import operations
from codegen.standardize import standardize

HISTORY = sorted((Path(__file__).resolve().parent / "fixtures" / "spec-history").glob("*.yaml"))


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


# --- spec changes ---------------------------------------------------------------------------------


def test_signature_reads_types_the_same_whatever_the_spelling() -> None:
    assert signature(ref("A")) == signature({"allOf": [ref("A")]}) == "A"
    assert signature({"anyOf": [ref("A"), {"type": "null"}]}) == "A"
    assert signature({"type": ["string", "null"]}) == "string"
    assert signature({"type": "array", "items": {"oneOf": [ref("B"), ref("A")]}}) == "array[A | B]"
    assert signature({"properties": {}}) == "object"


def _changes(old: Any, new: Any, directions: set[str]) -> list[tuple[str, str, bool]]:
    return [
        (change.subject, change.detail, change.breaking)
        for change in compare_schema(old, new, "S", directions)
    ]


def test_what_breaks_depends_on_whether_a_schema_is_sent_or_read() -> None:
    old = {
        "type": "object",
        "properties": {
            "a": {"type": "string"},
            "b": {"type": "string"},
            "e": {"type": "string", "enum": ["x", "y"]},
            "n": {"type": "string"},
            "r": {"type": "integer"},
        },
        "required": ["r"],
    }
    new = copy.deepcopy(old)
    del new["properties"]["a"]
    new["properties"]["b"] = {"type": "integer"}
    new["properties"]["e"]["enum"] = ["y", "z"]
    new["properties"]["n"] = {"type": ["string", "null"]}
    new["properties"]["c"] = {"type": "string"}
    new["required"] = ["c"]
    read = _changes(old, new, {"read"})
    sent = _changes(old, new, {"sent"})
    assert ("S.a", "property removed", True) in read
    assert ("S.b", "type string -> integer", True) in read
    assert ("S.e", "enum values removed: x", True) in read
    assert ("S.e", "enum values added: z", False) in read  # lenient decoding keeps new values
    assert ("S.n", "may now be null", True) in read
    assert ("S.n", "may now be null", False) in sent
    assert ("S.r", "no longer required: may be absent", True) in read
    assert ("S.r", "no longer required: may be absent", False) in sent
    assert ("S.c", "property added (required)", True) in sent
    assert ("S.c", "property added (required)", False) in read


def test_union_changes_break_senders_and_readers_differently() -> None:
    old = {"anyOf": [ref("A"), ref("B")]}
    new = {"anyOf": [ref("A"), ref("C")]}
    assert _changes(old, new, {"sent"}) == [("S", "type A | B -> A | C", True)]
    grown = {"anyOf": [ref("A"), ref("B"), ref("C")]}
    assert _changes(old, grown, {"sent"}) == [("S", "type A | B -> A | B | C", False)]
    assert _changes(old, grown, {"read"}) == [("S", "type A | B -> A | B | C", True)]


def test_3_0_and_3_1_spellings_of_one_spec_compare_equal() -> None:
    def spec(schema: dict[str, Any], version: str) -> dict[str, Any]:
        return {
            "openapi": version,
            "paths": {"/a": {"get": {"operationId": "getA", "responses": {"200": {
                "description": "ok",
                "content": {"application/json": {"schema": ref("A")}},
            }}}}},
            "components": {"schemas": {"A": schema, "B": {"type": "object"}}},
        }  # fmt: skip

    old = standardize(
        spec(
            {"type": "object", "properties": {"b": {"allOf": [ref("B")], "nullable": True}}},
            "3.0.3",
        )
    )
    new = standardize(
        spec(
            {"type": "object", "properties": {"b": {"anyOf": [ref("B"), {"type": "null"}]}}},
            "3.1.0",
        )
    )
    assert compare_schemas(old, new).changes == []
    assert compare_operations(old, new).changed == {}


def test_operations_added_removed_and_changed() -> None:
    def op(operation_id: str, **more: Any) -> dict[str, Any]:
        return {"operationId": operation_id, "responses": {"200": {"description": "ok"}}, **more}

    old = {
        "paths": {
            "/keys": {"get": op("listKeys"), "post": op("createKey")},
            "/keys/{hash}": {
                "get": op("getKey", parameters=[{"name": "hash", "in": "path", "required": True}])
            },
        }
    }
    new = {
        "paths": {
            "/keys": {
                "get": op(
                    "listKeys",
                    tags=["keys"],
                    parameters=[
                        {"name": "offset", "in": "query"},
                        {"name": "w", "in": "query", "required": True},
                    ],
                )
            },
            "/keys/{id}": {
                "get": op("fetchKey", parameters=[{"name": "id", "in": "path", "required": True}])
            },
            "/usage": {"get": op("getUsage")},
        }
    }
    changes = compare_operations(old, new)
    assert changes.removed == ["POST /keys (createKey)"]
    assert changes.added == ["GET /usage (getUsage)"]
    listed = {
        (change.subject, change.detail, change.breaking)
        for change in changes.changed["GET /keys (listKeys)"]
    }
    assert ("parameter offset (query)", "added", False) in listed
    assert ("parameter w (query)", "added (required)", True) in listed
    renamed = changes.changed["GET /keys/{id} (fetchKey)"]
    assert any("operationId getKey -> fetchKey" in change.detail for change in renamed)


# --- generated names and the code that uses them --------------------------------------------------


def _package(root: Path, files: dict[str, str]) -> Path:
    for name, body in files.items():
        path = root / "openrouter_api" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(body), encoding="utf-8")
    return root / "openrouter_api"


BOTH = {
    "__init__.py": "",
    "models/__init__.py": """
        from typing import TYPE_CHECKING
        if TYPE_CHECKING:
            from .kept import Kept
            from .gone import Gone
    """,
    "models/kept.py": "class Kept:\n    a: int\n    b: int\n",
    "models/gone.py": "class Gone:\n    x: int\n",
    "params.py": "class KeptParam(dict):\n    mode: str\n    other: str\nclass GoneParam(dict):\n    y: int\n",
    "api/__init__.py": 'OPERATIONS = {"things": ("things", ("get_thing", "drop_thing"))}\n',
    "api/things/__init__.py": "",
    "api/things/get_thing.py": "METHOD = 'GET'\n",
    "api/things/drop_thing.py": "METHOD = 'DELETE'\n",
}


def test_removed_names_and_their_uses(tmp_path: Path) -> None:
    old_files = dict(BOTH)
    new_files = {
        key: value for key, value in BOTH.items() if "gone" not in key and "drop" not in key
    }
    new_files["models/__init__.py"] = BOTH["models/__init__.py"].replace(
        "    from .gone import Gone\n", ""
    )
    new_files["models/kept.py"] = "class Kept:\n    a: int\n"
    new_files["params.py"] = "class KeptParam(dict):\n    other: str\n"
    new_files["api/__init__.py"] = 'OPERATIONS = {"things": ("things", ("get_thing",))}\n'
    old = read_names(_package(tmp_path / "old", old_files), ["Kept", "GoneSchema"])
    new = read_names(_package(tmp_path / "new", new_files), ["Kept"])
    gone = removed(old, new)
    assert gone.modules == {"openrouter_api.models.gone", "openrouter_api.api.things.drop_thing"}
    assert gone.exports["openrouter_api.models"] == {"Gone", "gone"}
    assert gone.exports["openrouter_api.params"] == {"GoneParam"}
    assert gone.api == {("things", "drop_thing")}
    assert gone.fields == {"Kept": {"b"}, "KeptParam": {"mode"}}
    assert gone.schemas == {"GoneSchema"}

    code = tmp_path / "src" / "user.py"
    code.parent.mkdir()
    code.write_text(
        textwrap.dedent(
            """
            from openrouter_api.models import Kept, Gone
            from openrouter_api.params import GoneParam
            from openrouter_api.api.things import drop_thing, get_thing
            from openrouter_api import models
            import openrouter_api.models.gone

            def use(client):
                client.api.things.drop_thing()
                client.api.things.get_thing()
                return models.Gone, models.Kept, "GoneSchema", "Kept", "openrouter_api.models.gone"
            """
        ),
        encoding="utf-8",
    )
    uses = find_uses([tmp_path / "src"], gone, old, tmp_path)
    assert [(use.line, use.name) for use in uses] == [
        (2, "Gone"),
        (3, "GoneParam"),
        (4, "openrouter_api.api.things.drop_thing"),
        (6, "openrouter_api.models.gone"),
        (9, "api.things.drop_thing"),
        (11, "GoneSchema"),
        (11, "openrouter_api.models.Gone"),
        (11, "openrouter_api.models.gone"),
    ]
    assert str(uses[0]) == "src/user.py:2: Gone (no longer in openrouter_api.models)"


@pytest.mark.slow
def test_type_errors_the_new_package_adds(tmp_path: Path) -> None:
    """A TypedDict key the new spec drops: only mypy against the new package sees that line."""
    params = (
        "from typing import TypedDict\nclass PluginParam(TypedDict, total=False):\n    id: str\n"
    )
    shipped = tmp_path / "shipped"
    _package(shipped, {"__init__.py": "", "py.typed": "", "params.py": params + "    mode: str\n"})
    candidate = tmp_path / "candidate"
    _package(candidate, {"__init__.py": "", "py.typed": "", "params.py": params})
    code = tmp_path / "code" / "user.py"
    code.parent.mkdir()
    code.write_text(
        "from openrouter_api.params import PluginParam\n\n"
        "def plugin() -> PluginParam:\n"
        '    found: PluginParam = {"id": "web"}\n'
        '    found["mode"] = "fast"\n'
        "    return found\n",
        encoding="utf-8",
    )
    config = tmp_path / "mypy.ini"
    config.write_text("[mypy]\nstrict = True\n", encoding="utf-8")
    problems = new_type_errors(shipped, candidate, ["code/user.py"], cwd=tmp_path, config=config)
    assert [(problem.file, problem.line) for problem in problems] == [("code/user.py", 5)]
    assert 'has no key "mode"' in problems[0].message


# --- the whole report on a published spec --------------------------------------------------------


def _line_mentions(use: Use) -> bool:
    text = (ROOT / use.file).read_text(encoding="utf-8").splitlines()[use.line - 1]
    return use.name.rsplit(".", 1)[-1] in text


@pytest.mark.slow
def test_report_on_an_older_published_spec() -> None:
    """The smallest spec-history file removes most operations; every finding is checked against
    the files themselves, not against a list written here."""
    new_path = min(HISTORY, key=lambda path: path.stat().st_size)
    report = compute(new_path, typecheck=False)

    old_ops = {(m, p) for p, m, _ in operations(load_document(ROOT / "spec" / "openrouter.yaml"))}
    new_ops = {(m, p) for p, m, _ in operations(load_document(new_path))}
    gone_ops = sorted(f"{m.upper()} {p}" for m, p in old_ops - new_ops)
    assert (
        gone_ops
        and sorted(label.rsplit(" (", 1)[0] for label in report.operations.removed) == gone_ops
    )

    expected: list[Inapplicable] = []
    apply_overlays(standardize(load_document(new_path)), overlay_paths(), expected)
    assert [(i.source, i.number) for i in report.inapplicable] == [
        (i.source, i.number) for i in expected
    ]

    assert report.generation_error is None and report.coverage is not None
    assert report.coverage.complete
    assert report.uses, "an older spec removes names src/ uses"
    assert any(use.file.startswith("src/") for use in report.uses)
    assert all(_line_mentions(use) for use in report.uses)
    assert report.needs_work

    text = report.render()
    assert all(f"- {label}" in text for label in report.operations.removed)
    assert all(str(use) in text for use in report.uses)
    assert "## Overlays: " in text and "act on the findings below" in text
