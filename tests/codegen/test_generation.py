"""Generate clients from prepared specs with openapi-python-client's default templates.

Proves the preparation is complete: `--fail-on-warning` passes (the generator drops what it cannot
parse and still exits 0 otherwise), every operation has an endpoint module, and every JSON 2xx
response decodes into a type (see codegen/coverage.py).
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.coverage import measure
from codegen.load import load_document
from codegen.normalize import CLASS_NAMES
from codegen.prepare import prepare
from codegen.standardize import standardize

ROOT = Path(__file__).resolve().parents[2]
SPEC = ROOT / "spec" / "openrouter.yaml"
OVERLAYS = sorted((ROOT / "spec" / "overlays").glob("*.yaml"))
SEED = Path(__file__).resolve().parent / "fixtures" / "chat-completion-docs-page.txt"
GENERATOR = Path(sys.executable).parent / "openapi-python-client"


def generate(spec: dict[str, Any], workdir: Path, package: str) -> Path:
    """Run the generator CLI on ``spec``; fail the test on any warning. Returns the package dir."""
    spec_path = workdir / "spec.json"
    spec_path.write_text(json.dumps(spec), encoding="utf-8")
    config = {
        "class_overrides": yaml.safe_load(CLASS_NAMES.read_text(encoding="utf-8")),
        "package_name_override": package,
        "project_name_override": package,
        "post_hooks": [],
    }
    config_path = workdir / "config.yaml"
    config_path.write_text(yaml.safe_dump(config), encoding="utf-8")
    out = workdir / package
    command = [
        str(GENERATOR), "generate", "--path", str(spec_path), "--meta", "none",
        "--output-path", str(out), "--overwrite", "--fail-on-warning", "--config", str(config_path),
    ]  # fmt: skip
    result = subprocess.run(command, capture_output=True, text=True, check=False, timeout=110)
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    assert "Warning" not in output and "WARNING" not in output, output
    return out


@pytest.fixture
def importable(tmp_path: Path) -> Iterator[Path]:
    sys.path.insert(0, str(tmp_path))
    yield tmp_path
    sys.path.remove(str(tmp_path))
    for name in [name for name in sys.modules if name.startswith("seed_chat_client")]:
        del sys.modules[name]


@pytest.mark.skipif(not SEED.exists(), reason="seed rendering not available")
def test_seed_rendering_generates_a_chat_client(importable: Path) -> None:
    package = generate(prepare(SEED, []), importable, "seed_chat_client")
    coverage = measure(standardize(load_document(SEED)), package)
    assert coverage.complete, coverage.summary()
    assert (coverage.operations_generated, coverage.json_responses_typed) == (1, 1)

    endpoint = importlib.import_module(
        "seed_chat_client.api.subpackage_chat.send_chat_completion_request"
    )
    models = importlib.import_module("seed_chat_client.models")
    assert "ChatResponse" in str(endpoint._parse_response.__annotations__["return"])
    response = models.ChatResponse.from_dict(
        {
            "id": "gen-1",
            "created": 1,
            "model": "openai/gpt-4o",
            "object": "chat.completion",
            "choices": [
                {
                    "index": 0,
                    "finish_reason": "stop",
                    "message": {"role": "assistant", "content": "Hi"},
                }
            ],
        }
    )
    assert response.choices[0].message.content == "Hi"
    for choice in ("none", "auto", "required"):  # the generator's const-union bug (#1044) is gone
        params = models.ChatGenerationParams.from_dict({"messages": [], "tool_choice": choice})
        assert str(params.tool_choice) == choice


@pytest.mark.slow
def test_upstream_spec_generates_every_operation_typed(tmp_path: Path) -> None:
    package = generate(prepare(SPEC, OVERLAYS), tmp_path, "upstream_client")
    coverage = measure(standardize(load_document(SPEC)), package)
    print(coverage.summary())
    assert coverage.operations == 97
    assert coverage.complete, coverage.summary()
