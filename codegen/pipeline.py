"""Build time, end to end: spec/ (+ overlays) -> prepared spec -> generated/.

Everything is written to a staging directory first; ``generated/`` is replaced only when every
step succeeded and the staged client covers every operation of the spec (see
:mod:`codegen.coverage`), and ``--check`` compares the staging tree with ``generated/`` byte for
byte. Overlay actions that no longer apply are skipped and reported; ``--check`` fails on them.
"""

from __future__ import annotations

import filecmp
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

from .attrs_client import PACKAGE, GenerationError, generate_attrs_client, load_class_overrides
from .coverage import measure
from .errors import CodegenError, StepError
from .mock_answers import write_mock_data
from .overlay import Inapplicable
from .prepare import prepare_with_upstream
from .request_checks import generate_checks
from .typed_params import generate_params

T = TypeVar("T")

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


class IncompleteClientError(CodegenError):
    """The generators succeeded, yet an operation or a typed response is missing."""


def _generator(name: str, function: Callable[..., T], *args: Any, **kwargs: Any) -> T:
    """Run one generator; a failure it did not describe itself is named after it."""
    try:
        return function(*args, **kwargs)
    except (CodegenError, GenerationError):
        raise
    except Exception as error:
        advice = (
            f"{name} failed on the prepared spec: if its message names a schema, reshape that "
            "schema in a normalize step (codegen/normalize/steps.py) or with an overlay"
        )
        raise StepError("generate", name, error, advice) from error


def build(
    stage: Path,
    *,
    spec_path: Path = SPEC,
    overlays: Sequence[Path] | None = None,
    inapplicable: list[Inapplicable] | None = None,
) -> dict[str, Any]:
    """Write the prepared spec and the ``openrouter_api`` package into ``stage``.

    Overlay actions that do not apply are collected in ``inapplicable`` when it is given (else
    they raise). Raises :class:`IncompleteClientError` unless every operation of the prepared
    spec is on ``client.api`` with its JSON 2xx responses typed.
    """
    upstream, spec = prepare_with_upstream(
        spec_path, overlay_paths() if overlays is None else overlays, inapplicable
    )
    (stage / PREPARED_NAME).write_text(dump_prepared(spec), encoding="utf-8")
    package = _generator(
        "openapi-python-client",
        generate_attrs_client,
        spec,
        stage,
        class_overrides=load_class_overrides(),
    )
    _generator("datamodel-code-generator (params.py)", generate_params, spec, package / "params.py")
    _generator("mock answers", write_mock_data, upstream, spec, package)
    _generator("request checks", generate_checks, spec, package / "_checks.py")
    (package / "py.typed").write_text("", encoding="utf-8")
    coverage = measure(spec, package)
    if not coverage.complete:
        raise IncompleteClientError(
            "the generated client is incomplete, so nothing was written:\n"
            f"{coverage.summary()}\n"
            "An operation module or typed response is missing although the generator reported "
            "nothing: check the templates (codegen/templates) against the operation contract."
        )
    return spec


def _shown(source: str) -> str:
    try:
        return str(Path(source).resolve().relative_to(ROOT))
    except ValueError:
        return source


def overlay_report(inapplicable: Sequence[Inapplicable], spec_path: Path = SPEC) -> str:
    """Every overlay action that does not apply to this spec, with what to do about each."""
    if not inapplicable:
        return ""
    entries = [item.report(_shown(item.source)) for item in inapplicable]
    files = len({item.source for item in inapplicable})
    return "\n".join(
        [
            f"{len(inapplicable)} overlay action(s) in {files} file(s) no longer apply to "
            f"{_shown(str(spec_path))}; they were skipped:",
            *entries,
            "Update spec/overlays/ (delete or retarget each action above); until then "
            "`make check-generated` (and so `make test` and CI) fails.",
        ]
    )


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


def run(*, check: bool, target: Path = GENERATED, spec_path: Path = SPEC) -> int:
    """``make generate`` (``check=False``) or ``make check-generated``; returns the exit status."""
    started = time.perf_counter()
    inapplicable: list[Inapplicable] = []
    with tempfile.TemporaryDirectory(prefix="openrouter-codegen-") as tmp:
        stage = Path(tmp)
        build(stage, spec_path=spec_path, inapplicable=inapplicable)
        report = overlay_report(inapplicable, spec_path)
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
            if report:
                print(report, file=sys.stderr)
            if problems or report:
                return 1
            print(f"generated/ is up to date ({time.perf_counter() - started:.1f} s)")
            return 0
        target.mkdir(exist_ok=True)
        shutil.rmtree(target / PACKAGE, ignore_errors=True)
        shutil.copytree(stage / PACKAGE, target / PACKAGE)
        shutil.copyfile(stage / PREPARED_NAME, target / PREPARED_NAME)
    print(f"generated/ rewritten from spec/ in {time.perf_counter() - started:.1f} s")
    if report:
        print(report, file=sys.stderr)
    return 0
