"""Our templates against the generator's own: ``codegen/templates/upstream/`` is a verbatim copy of
the originals we override or build on, at the pinned openapi-python-client version, so a
generator upgrade fails here with the diff to merge (see codegen/templates/README.md)."""

from __future__ import annotations

import difflib
from importlib.metadata import version
from pathlib import Path

import jinja2
import openapi_python_client

from tests.conftest import ROOT

INSTALLED = Path(openapi_python_client.__file__).parent / "templates"
OURS = ROOT / "codegen" / "templates"
COPY = OURS / "upstream"
# Originals whose output we replace without a template of the same name.
REPLACED = {"types.py.jinja"}  # by codegen/runtime/types.py


def _names(root: Path) -> set[str]:
    return {path.relative_to(root).as_posix() for path in root.rglob("*.jinja")}


def _own() -> set[str]:
    """Our templates, the copies of the originals aside."""
    return {name for name in _names(OURS) if not name.startswith("upstream/")}


def test_the_copy_is_what_the_installed_generator_ships() -> None:
    pinned = f"openapi-python-client {version('openapi-python-client')}"
    problems = []
    for name in sorted(_names(COPY)):
        installed = INSTALLED / name
        if not installed.exists():
            problems.append(f"{name}: not in {pinned} any more")
            continue
        ours = (COPY / name).read_text(encoding="utf-8").splitlines(keepends=True)
        theirs = installed.read_text(encoding="utf-8").splitlines(keepends=True)
        if ours != theirs:
            diff = difflib.unified_diff(ours, theirs, f"upstream/{name} (copy)", f"{pinned}/{name}")
            problems.append("".join(diff))
    assert not problems, (
        f"{pinned} changed templates we build on; merge the change into our override, then "
        "copy the new original into codegen/templates/upstream/:\n" + "\n".join(problems)
    )


def test_every_original_we_override_is_copied() -> None:
    overridden = {name for name in _own() if (INSTALLED / name).exists()}
    missing = sorted((overridden | REPLACED) - _names(COPY))
    assert not missing, f"copy these originals into codegen/templates/upstream/: {missing}"
    assert overridden, "no override found: is OURS the template directory?"


def _environment() -> jinja2.Environment:
    """Templates resolved as the generator resolves them: ours first, then its own."""
    env = jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [jinja2.FileSystemLoader(str(OURS)), jinja2.FileSystemLoader(str(INSTALLED))]
        ),
        extensions=["jinja2.ext.loopcontrols"],
    )
    env.filters.update(openapi_python_client.TEMPLATE_FILTERS)
    return env


def _exported(module: object) -> set[str]:
    return {name for name in vars(module) if not name.startswith("_")}


def test_partial_overrides_keep_every_macro_of_the_original() -> None:
    """An override that takes most macros from upstream/ must still offer all of them, or the
    generator's other templates (which import them by name) would miss one after an upgrade."""
    env = _environment()
    partial = [
        name for name in sorted(_own()) if '"upstream/' in (OURS / name).read_text(encoding="utf-8")
    ]
    assert partial, "no partial override found"
    for name in partial:
        ours = _exported(env.get_template(name).module)
        original = _exported(env.get_template(f"upstream/{name}").module)
        assert original <= ours, f"{name} lacks {sorted(original - ours)} of the original"
