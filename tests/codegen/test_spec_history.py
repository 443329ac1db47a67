"""Earlier published versions of OpenRouter's spec regenerate completely, overlays unchanged.

Each file in fixtures/spec-history goes through the whole of `make generate` (standardize,
overlays, normalize, both generators with warnings refused, the coverage gate) into a temporary
directory. Overlay actions written for today's spec do not apply to older ones: they are reported
and skipped, and `--check` fails on them, which is the maintainer's cue to update spec/overlays.
"""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import Any

import pytest

from codegen.attrs_client import PACKAGE
from codegen.coverage import measure_spec_file
from codegen.load import load_document
from codegen.pipeline import run
from codegen.spec_walk import operations

HISTORY = sorted((Path(__file__).resolve().parent / "fixtures" / "spec-history").glob("*.yaml"))


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, tuple[Path, int, str]]:
    """Spec file -> (generated tree, exit status of `make generate`, what it printed to stderr)."""
    results = {}
    for spec_path in HISTORY:
        target = tmp_path_factory.mktemp(spec_path.stem)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            status = run(check=False, target=target, spec_path=spec_path)
        results[spec_path] = (target, status, err.getvalue())
    return results


def test_there_is_history_to_test() -> None:
    assert len(HISTORY) >= 2


@pytest.mark.slow
@pytest.mark.parametrize("spec_path", HISTORY, ids=[path.stem for path in HISTORY])
def test_a_published_spec_regenerates_with_every_operation_typed(
    spec_path: Path, regenerated: dict[Path, tuple[Path, int, str]]
) -> None:
    target, status, err = regenerated[spec_path]
    assert status == 0, err
    coverage = measure_spec_file(spec_path, target / PACKAGE)
    assert coverage.complete, coverage.summary()
    published = list(operations(load_document(spec_path)))
    assert coverage.operations == coverage.operations_on_api == len(published)
    assert coverage.json_responses_typed == coverage.json_responses > 0
    assert (target / PACKAGE / "params.py").stat().st_size > 0
    # Today's overlays do not all fit an older spec: each misfit is reported, none is fatal.
    assert "no longer apply to" in err and "    to do:   " in err


@pytest.mark.slow
def test_check_fails_until_the_overlays_fit_the_spec(
    regenerated: dict[Path, tuple[Path, int, str]], capsys: Any
) -> None:
    smallest = min(HISTORY, key=lambda path: path.stat().st_size)
    target, _, _ = regenerated[smallest]
    assert run(check=True, target=target, spec_path=smallest) == 1
    captured = capsys.readouterr()
    assert "stale" not in captured.out  # generated/ itself is current...
    assert "no longer apply to" in captured.err  # ...the overlays are not
