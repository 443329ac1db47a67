"""prepare(): the whole preparation, deterministic, on the upstream spec and the docs rendering."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from codegen.prepare import NORMALIZE_STEPS, STANDARDIZE_STEPS, prepare
from codegen.standardize import leftovers
from tests.spec_facts import published_operations

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openrouter.yaml"
OVERLAYS = sorted((ROOT / "spec" / "overlays").glob("*.yaml"))
SEED = Path(__file__).resolve().parent / "fixtures" / "chat-completion-docs-page.txt"


def test_steps_are_exported() -> None:
    assert STANDARDIZE_STEPS and NORMALIZE_STEPS
    assert all(callable(step) for _, step in [*STANDARDIZE_STEPS, *NORMALIZE_STEPS])


def test_prepare_is_deterministic() -> None:
    first = prepare(SPEC, OVERLAYS)
    second = prepare(SPEC, OVERLAYS)
    assert json.dumps(first) == json.dumps(second)  # equal, key order included


def test_prepared_upstream_spec_keeps_every_operation() -> None:
    spec = prepare(SPEC, OVERLAYS)
    operations = [
        (path, method)
        for path, item in spec["paths"].items()
        for method in item
        if method in {"get", "put", "post", "delete", "patch"}
    ]
    assert len(operations) == len(published_operations()) > 0
    assert not leftovers(spec)
    schemas = spec["components"]["schemas"]
    assert "native_finish_reason" in schemas["ChatChoice"]["properties"]
    assert all("allOf" not in schema for schema in schemas.values() if isinstance(schema, dict))


@pytest.mark.skipif(not SEED.exists(), reason="seed rendering not available")
def test_prepared_seed_has_readable_names() -> None:
    spec = prepare(SEED, [])
    names = set(spec["components"]["schemas"])
    assert {"ProviderPreferences", "Plugin", "ReasoningDetail"} <= names
    assert not [name for name in names if name.startswith("__schema") or "Schema1" in name]
    tool_choice = spec["components"]["schemas"]["ToolChoiceOption"]["oneOf"]
    assert len(tool_choice) == 2  # none/auto/required merged into one enum
