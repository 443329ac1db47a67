"""Build time, end to end: spec/ (+ overlays) -> prepared spec -> generated/.

Everything is written to a staging directory first; ``generated/`` is replaced only when every
step succeeded, and ``--check`` compares the staging tree with ``generated/`` byte for byte.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from .attrs_client import PACKAGE, generate_attrs_client, load_class_overrides
from .mock_answers import write_mock_data
from .prepare import prepare_with_upstream
from .typed_params import generate_params

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openrouter.yaml"
OVERLAYS = ROOT / "spec" / "overlays"
GENERATED = ROOT / "generated"
# The spec exactly as the generators saw it; contract tests validate against it.
PREPARED_NAME = "openrouter.prepared.json"


def overlay_paths(directory: Path = OVERLAYS) -> list[Path]:
    """Overlay files apply in name order, so a numeric prefix orders them."""
    return sorted(directory.glob("*.yaml")) if directory.is_dir() else []


def dump_prepared(spec: dict[str, Any]) -> str:
    return json.dumps(spec, indent=1, ensure_ascii=False) + "\n"


def build(
    stage: Path, *, spec_path: Path = SPEC, overlays: list[Path] | None = None
) -> dict[str, Any]:
    """Write the prepared spec and the ``openrouter_api`` package into ``stage``."""
    upstream, spec = prepare_with_upstream(
        spec_path, overlay_paths() if overlays is None else overlays
    )
    (stage / PREPARED_NAME).write_text(dump_prepared(spec), encoding="utf-8")
    package = generate_attrs_client(spec, stage, class_overrides=load_class_overrides())
    generate_params(spec, package / "params.py")
    write_mock_data(upstream, spec, package)
    (package / "py.typed").write_text("", encoding="utf-8")
    return spec


def _tree(root: Path) -> set[str]:
    skip = {"__pycache__", ".ruff_cache", ".mypy_cache"}
    return {
        str(path.relative_to(root))
        for path in root.rglob("*")
        if path.is_file() and not skip.intersection(path.relative_to(root).parts)
    }


def differences(expected: Path, actual: Path) -> list[str]:
    """Files that are missing, extra or different in ``actual`` compared with ``expected``."""
    want, have = _tree(expected), _tree(actual)
    problems = [f"missing: {name}" for name in sorted(want - have)]
    problems += [f"stale (not produced from spec/): {name}" for name in sorted(have - want)]
    problems += [
        f"differs: {name}"
        for name in sorted(want & have)
        if not filecmp.cmp(expected / name, actual / name, shallow=False)
    ]
    return problems


def run(*, check: bool, target: Path = GENERATED) -> int:
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="openrouter-codegen-") as tmp:
        stage = Path(tmp)
        build(stage)
        if check:
            problems = differences(stage, target)
            if problems:
                print(
                    "generated/ is stale against spec/, overlays or codegen/; run `make generate`:"
                )
                for line in problems[:40]:
                    print(f"  {line}")
                if len(problems) > 40:
                    print(f"  ... and {len(problems) - 40} more")
                return 1
            print(f"generated/ is up to date ({time.perf_counter() - started:.1f} s)")
            return 0
        target.mkdir(exist_ok=True)
        shutil.rmtree(target / PACKAGE, ignore_errors=True)
        shutil.copytree(stage / PACKAGE, target / PACKAGE)
        shutil.copyfile(stage / PREPARED_NAME, target / PREPARED_NAME)
    print(f"generated/ rewritten from spec/ in {time.perf_counter() - started:.1f} s")
    return 0
