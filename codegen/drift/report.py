"""``make spec-diff SPEC=new.yaml``: what a new spec adds, removes and breaks, before regenerating.

Nothing in the repository changes: the new spec is compared with ``spec/openrouter.yaml``, the
overlays are tried on it, and the client is generated from it in a temporary directory, so the
report can name the generated names that would disappear, the lines of our code that use them,
and (mypy against the new package) the lines that would stop type-checking.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import tempfile
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..attrs_client import PACKAGE, GenerationError
from ..coverage import Coverage, measure
from ..errors import CodegenError
from ..load import load_document
from ..overlay import Inapplicable, apply_overlays
from ..pipeline import GENERATED, PREPARED_NAME, ROOT, SPEC, build, overlay_paths
from ..standardize import standardize
from .names import GeneratedNames, Removed, Use, find_uses, read_names, removed
from .spec_changes import OperationChanges, SchemaChanges, compare_operations, compare_schemas
from .typecheck import TypeProblem, new_type_errors

# Our code that may use generated names (searched by name, and type-checked).
CODE_ROOTS = ("src", "tests", "examples", "bench")
TYPECHECK_TARGETS = ("src/openrouter_client", "bench", "tests", "examples")
OTHER_CHANGES_SHOWN = 60


@dataclass
class DriftReport:
    old_path: Path
    new_path: Path
    old_operations: int
    new_operations: int
    old_schemas: int
    new_schemas: int
    operations: OperationChanges
    schemas: SchemaChanges
    inapplicable: list[Inapplicable]
    generation_error: str | None = None
    coverage: Coverage | None = None
    gone: Removed | None = None
    uses: list[Use] = field(default_factory=list)
    type_problems: list[TypeProblem] | None = None

    @property
    def needs_work(self) -> bool:
        """True when the repository must change before ``make test`` passes on the new spec."""
        return bool(self.inapplicable or self.generation_error or self.uses or self.type_problems)

    def render(self, *, show_all: bool = False) -> str:
        return "\n".join(_render(self, show_all))


def _names(package_dir: Path) -> GeneratedNames:
    prepared = json.loads((package_dir.parent / PREPARED_NAME).read_text(encoding="utf-8"))
    return read_names(package_dir, (prepared.get("components") or {}).get("schemas") or {})


def _count_operations(spec: dict[str, Any]) -> int:
    from ..spec_walk import operations

    return sum(1 for _ in operations(spec))


def compute(
    new_path: Path,
    *,
    old_path: Path = SPEC,
    overlays: Sequence[Path] | None = None,
    shipped: Path = GENERATED,
    code_roots: Iterable[Path] | None = None,
    typecheck: bool = True,
) -> DriftReport:
    """The drift report for replacing ``old_path`` (and the ``shipped`` tree) by ``new_path``."""
    overlays = overlay_paths() if overlays is None else overlays
    old = standardize(load_document(old_path))
    new = standardize(load_document(new_path))
    inapplicable: list[Inapplicable] = []
    apply_overlays(copy.deepcopy(new), overlays, inapplicable)
    report = DriftReport(
        old_path=old_path,
        new_path=new_path,
        old_operations=_count_operations(old),
        new_operations=_count_operations(new),
        old_schemas=len((old.get("components") or {}).get("schemas") or {}),
        new_schemas=len((new.get("components") or {}).get("schemas") or {}),
        operations=compare_operations(old, new),
        schemas=compare_schemas(old, new),
        inapplicable=inapplicable,
    )
    roots = [ROOT / name for name in CODE_ROOTS] if code_roots is None else list(code_roots)
    with tempfile.TemporaryDirectory(prefix="openrouter-drift-") as tmp:
        stage = Path(tmp)
        try:
            with contextlib.redirect_stdout(io.StringIO()):  # the generator's progress line
                prepared = build(stage, spec_path=new_path, overlays=overlays, inapplicable=[])
        except (CodegenError, GenerationError) as error:
            report.generation_error = str(error)
            return report
        report.coverage = measure(prepared, stage / PACKAGE)
        old_names = _names(shipped / PACKAGE)
        report.gone = removed(old_names, _names(stage / PACKAGE))
        report.uses = find_uses(
            [root for root in roots if root.exists()], report.gone, old_names, ROOT
        )
        if typecheck:
            report.type_problems = new_type_errors(shipped, stage, TYPECHECK_TARGETS, cwd=ROOT)
    return report


def _shown(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(ROOT))
    except ValueError:
        return str(path)


def _wrapped(items: Iterable[str], indent: str = "    ") -> list[str]:
    text = ", ".join(items)
    return textwrap.wrap(text, 100, initial_indent=indent, subsequent_indent=indent) if text else []


def _summary(report: DriftReport) -> str:
    ops, schemas = report.operations, report.schemas
    parts = [
        f"{len(ops.removed)} operation(s) removed, {len(ops.added)} added, "
        f"{len(ops.changed)} changed",
        f"{len(schemas.removed)} schema(s) removed, {len(schemas.added)} added, "
        f"{len(schemas.breaking)} breaking schema change(s)",
        f"{len(report.inapplicable)} overlay action(s) no longer apply",
    ]
    if report.generation_error:
        parts.append("regenerating would FAIL")
    else:
        parts.append(f"{len(report.uses)} line(s) of our code use removed names")
        if report.type_problems is not None:
            parts.append(f"{len(report.type_problems)} new type error(s)")
    verdict = (
        "act on the findings below before `make generate` (see README, Regenerating from a new spec)"
        if report.needs_work
        else "nothing in this repository breaks: copy the spec to spec/ and run `make generate`"
    )
    return "; ".join(parts) + f".\n=> {verdict}"


def _render(report: DriftReport, show_all: bool) -> Iterable[str]:
    ops, schemas = report.operations, report.schemas
    yield f"Drift report: {_shown(report.old_path)} -> {_shown(report.new_path)}"
    yield _summary(report)
    yield ""
    yield f"## Operations ({report.old_operations} -> {report.new_operations})"
    yield f"removed ({len(ops.removed)}):"
    yield from (f"  - {label}" for label in ops.removed)
    yield f"added ({len(ops.added)}):"
    yield from (f"  + {label}" for label in ops.added)
    yield f"changed ({len(ops.changed)}):  [! = breaks callers]"
    for label, changes in ops.changed.items():
        yield f"  {label}"
        for change in changes:
            yield f"    {'!' if change.breaking else '·'} {change.subject}: {change.detail}"
    yield ""
    yield f"## Schemas ({report.old_schemas} -> {report.new_schemas})"
    yield f"removed ({len(schemas.removed)}):"
    yield from _wrapped(schemas.removed)
    yield f"added ({len(schemas.added)}):"
    yield from _wrapped(schemas.added)
    yield f"changes that break callers ({len(schemas.breaking)}):"
    yield from (f"  ! {change.subject}: {change.detail}" for change in schemas.breaking)
    others = [change for change in schemas.changes if not change.breaking]
    yield f"other changes ({len(others)}):"
    shown = others if show_all else others[:OTHER_CHANGES_SHOWN]
    yield from (f"  · {change.subject}: {change.detail}" for change in shown)
    if len(shown) < len(others):
        yield f"  ... and {len(others) - len(shown)} more (--all lists them)"
    yield ""
    yield f"## Overlays: {len(report.inapplicable)} action(s) would no longer apply"
    for item in report.inapplicable:
        yield item.report(_shown(Path(item.source)))
    yield ""
    yield "## Regenerating from the new spec (in a temporary directory)"
    if report.generation_error:
        yield "would FAIL, so generated names and type errors cannot be computed yet:"
        yield textwrap.indent(report.generation_error, "  ")
        return
    if report.coverage is not None:
        coverage = report.coverage
        yield (
            f"  ok: {coverage.operations_on_api}/{coverage.operations} operations on client.api, "
            f"{coverage.json_responses_typed}/{coverage.json_responses} JSON 2xx responses typed"
        )
    yield from _render_names(report)
    yield ""
    yield f"## Our code that uses removed names ({len(report.uses)} line(s))"
    yield from (f"  {use}" for use in report.uses)
    if report.type_problems is not None:
        yield ""
        yield (
            f"## Type check against the new client ({len(report.type_problems)} new error(s); "
            "mypy, project configuration)"
        )
        yield from (f"  {problem}" for problem in report.type_problems)


def _render_names(report: DriftReport) -> Iterable[str]:
    gone = report.gone
    if gone is None:
        return
    models = sorted(gone.exports.get(f"{PACKAGE}.models", ()))
    params = sorted(gone.exports.get(f"{PACKAGE}.params", ()))
    yield ""
    yield f"## Generated names the new spec removes ({gone.count()})"
    yield f"client.api groups ({len(gone.groups)}):"
    yield from _wrapped(sorted(gone.groups))
    yield f"client.api operations ({len(gone.api)}):"
    yield from _wrapped(f"{group}.{name}" for group, name in sorted(gone.api))
    yield f"models ({len(models)}), in {PACKAGE}.models:"
    yield from _wrapped(models)
    yield f"request TypedDicts and aliases ({len(params)}), in {PACKAGE}.params:"
    yield from _wrapped(params)
    yield f"fields and keys of classes that stay ({sum(map(len, gone.fields.values()))}):"
    yield from (
        f"    {name}: {', '.join(sorted(keys))}" for name, keys in sorted(gone.fields.items())
    )
    yield f"schemas of the prepared spec ({len(gone.schemas)}):"
    yield from _wrapped(sorted(gone.schemas))
