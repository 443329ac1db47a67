"""`make generate` failures end in sentences that name what failed and what to do, never a stack."""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import pytest

from codegen import __main__ as entry
from codegen.errors import CodegenError, StepError, run_steps
from codegen.overlay import Action, Inapplicable
from codegen.pipeline import ROOT, overlay_report, run


def test_a_step_that_breaks_names_itself_and_the_way_out() -> None:
    def fine(spec: dict[str, Any]) -> dict[str, Any]:
        return {**spec, "seen": True}

    def broken(spec: dict[str, Any]) -> dict[str, Any]:
        raise KeyError("operationId")

    with pytest.raises(StepError) as caught:
        run_steps("normalize", [("fine", fine), ("broken", broken)], {})
    message = str(caught.value)
    assert "normalize step `broken` failed on this spec: KeyError: 'operationId'" in message
    assert "spec/overlays/" in message and "CODEGEN_TRACEBACK=1" in message


def test_codegen_errors_pass_through_steps_unwrapped() -> None:
    def refuses(spec: dict[str, Any]) -> dict[str, Any]:
        raise CodegenError("schema X: explained already")

    with pytest.raises(CodegenError, match=r"^schema X: explained already$"):
        run_steps("standardize", [("refuses", refuses)], {})


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (
            CodegenError("schema Foo: bad; do this"),
            "make generate failed: schema Foo: bad; do this",
        ),
        (RuntimeError("oops"), "make generate failed unexpectedly: RuntimeError: oops"),
    ],
)
def test_main_prints_the_failure_without_a_traceback(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, error: Exception, expected: str
) -> None:
    def failing(**_: Any) -> int:
        raise error

    monkeypatch.setattr(entry, "run", failing)
    monkeypatch.delenv("CODEGEN_TRACEBACK", raising=False)
    assert entry.main([]) == 2
    err = capsys.readouterr().err
    assert expected in err
    assert "Traceback" not in err


def test_a_file_that_is_not_a_spec_is_named(
    monkeypatch: pytest.MonkeyPatch, capsys: Any, tmp_path: Path
) -> None:
    bad = tmp_path / "openrouter.yaml"
    bad.write_text("# release notes\n\nnothing to see\n", encoding="utf-8")
    monkeypatch.setattr(entry, "run", functools.partial(run, spec_path=bad))
    assert entry.main(["--check"]) == 2
    err = capsys.readouterr().err
    assert str(bad) in err and "openapi" in err
    assert "Traceback" not in err


def test_overlay_report_lists_each_action_and_what_fails_until_it_is_fixed() -> None:
    source = str(ROOT / "spec" / "overlays" / "30-x.yaml")
    items = [
        Inapplicable(source, 1, Action("$.a", "reason one", remove=True), "p1", "a1"),
        Inapplicable(source, 4, Action("$.b", "reason two", remove=True), "p2", "a2"),
    ]
    report = overlay_report(items, ROOT / "spec" / "openrouter.yaml")
    assert report.splitlines()[0] == (
        "2 overlay action(s) in 1 file(s) no longer apply to spec/openrouter.yaml; "
        "they were skipped:"
    )
    assert "spec/overlays/30-x.yaml: action 4 no longer applies" in report
    assert "    reason:  reason two" in report and "    to do:   a2" in report
    assert "`make check-generated`" in report.splitlines()[-1]
    assert overlay_report([]) == ""
