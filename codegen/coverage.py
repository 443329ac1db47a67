"""What a generated client covers of a spec, read from the generated code (with :mod:`ast`, no import).

openapi-python-client exits 0 while dropping operations and responses, so completeness is proven
on the code itself, through the operation contract the facade relies on:

* every operation of the spec has a module ``api/<tag>/<op>.py`` whose ``METHOD`` and ``PATH``
  are the operation's, with ``build_request`` and ``parse_success``;
* it is on ``client.api``: listed in ``api/__init__.py``'s ``OPERATIONS`` under a tag that ``Api``
  and ``AsyncApi`` expose, and a method of that tag's blocking and async classes;
* every ``application/json`` 2xx response is typed: ``SUCCESS_CONTENT_TYPES`` declares JSON and
  ``parse_success`` returns a type (its annotation is neither missing, ``Any`` nor ``None``).

``python -m codegen.coverage [SPEC [PACKAGE_DIR]]`` (default: spec/ and the shipped
``generated/openrouter_api``) prints the numbers; exit 1 if anything is missing.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import CodegenError
from .load import load_document
from .spec_walk import operations
from .standardize import standardize

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "spec" / "openrouter.yaml"
PACKAGE_DIR = ROOT / "generated" / "openrouter_api"
JSON = "application/json"


@dataclass
class Coverage:
    operations: int = 0
    operations_generated: int = 0
    operations_on_api: int = 0
    json_responses: int = 0
    json_responses_typed: int = 0
    missing_operations: list[str] = field(default_factory=list)
    unbound_operations: list[str] = field(default_factory=list)
    untyped_responses: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not (self.missing_operations or self.unbound_operations or self.untyped_responses)

    def summary(self) -> str:
        lines = [
            f"operations with an operation module: {self.operations_generated}/{self.operations}",
            f"operations on client.api (sync and async): {self.operations_on_api}/{self.operations}",
            f"application/json 2xx responses typed: "
            f"{self.json_responses_typed}/{self.json_responses}",
        ]
        lines += [f"  missing operation: {name}" for name in self.missing_operations]
        lines += [f"  not on client.api: {name}" for name in self.unbound_operations]
        lines += [f"  untyped response: {name}" for name in self.untyped_responses]
        return "\n".join(lines)


@dataclass(frozen=True)
class OperationModule:
    """What one generated operation module declares (read from its source)."""

    package: str  # the tag package under api/
    name: str  # the module name, which is also the method name on the tag classes
    method: str
    path: str
    success_content_types: tuple[str, ...]
    has_build_request: bool
    success_annotation: ast.expr | None


def path_key(path: str) -> str:
    """``/keys/{hash}`` -> ``/keys/{}``: path parameters compare by position, not name."""
    return re.sub(r"\{[^}]*\}", "{}", path)


def _constants(tree: ast.Module) -> dict[str, Any]:
    found: dict[str, Any] = {}
    for node in tree.body:
        target = value = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and value is not None:
            try:
                found[target.id] = ast.literal_eval(value)
            except ValueError:
                continue
    return found


def _functions(
    tree: ast.Module | ast.ClassDef,
) -> dict[str, ast.FunctionDef | ast.AsyncFunctionDef]:
    return {
        node.name: node
        for node in tree.body
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    }


def read_operation(module_path: Path) -> OperationModule | None:
    """The contract parts of an operation module; None for a module that is not one."""
    tree = ast.parse(module_path.read_text(encoding="utf-8"))
    constants = _constants(tree)
    method, path = constants.get("METHOD"), constants.get("PATH")
    if not isinstance(method, str) or not isinstance(path, str):
        return None
    functions = _functions(tree)
    success = functions.get("parse_success")
    content_types = constants.get("SUCCESS_CONTENT_TYPES", ())
    return OperationModule(
        package=module_path.parent.name,
        name=module_path.stem,
        method=method.lower(),
        path=path,
        success_content_types=tuple(content_types) if isinstance(content_types, tuple) else (),
        has_build_request="build_request" in functions,
        success_annotation=success.returns if success is not None else None,
    )


def _is_typed(annotation: ast.expr | None) -> bool:
    """A return annotation that names a type: not missing, ``Any``, ``None`` or ``Any | None``."""
    if annotation is None:
        return False
    if isinstance(annotation, ast.Constant) and isinstance(annotation.value, str):
        try:
            annotation = ast.parse(annotation.value, mode="eval").body
        except SyntaxError:
            return False
    if isinstance(annotation, ast.BinOp) and isinstance(annotation.op, ast.BitOr):
        return _is_typed(annotation.left) or _is_typed(annotation.right)
    if isinstance(annotation, ast.Constant) and annotation.value is None:
        return False
    return not (isinstance(annotation, ast.Name) and annotation.id in {"Any", "None"})


def _bound_operations(api_dir: Path) -> set[tuple[str, str]]:
    """``(package, operation)`` pairs reachable as ``client.api.<tag>.<op>``, sync and async."""
    init = api_dir / "__init__.py"
    if not init.exists():
        return set()
    tree = ast.parse(init.read_text(encoding="utf-8"))
    listed = _constants(tree).get("OPERATIONS")
    classes = {node.name: node for node in tree.body if isinstance(node, ast.ClassDef)}
    exposed = [set(_functions(classes[name])) for name in ("Api", "AsyncApi") if name in classes]
    if not isinstance(listed, dict) or len(exposed) != 2:
        return set()
    bound: set[tuple[str, str]] = set()
    for attribute, entry in listed.items():
        if not all(attribute in names for names in exposed):
            continue
        package, names = entry
        tag_init = api_dir / package / "__init__.py"
        if not tag_init.exists():
            continue
        tag_tree = ast.parse(tag_init.read_text(encoding="utf-8"))
        sync: set[str] = set()
        asynchronous: set[str] = set()
        for node in tag_tree.body:
            if isinstance(node, ast.ClassDef):
                for name, function in _functions(node).items():
                    kind = asynchronous if isinstance(function, ast.AsyncFunctionDef) else sync
                    kind.add(name)
        bound.update((package, name) for name in names if name in sync and name in asynchronous)
    return bound


def json_success_statuses(operation: dict[str, Any]) -> list[str]:
    """The 2xx statuses of ``operation`` that answer with ``application/json``."""
    statuses = []
    for status, response in (operation.get("responses") or {}).items():
        content = response.get("content") if isinstance(response, dict) else None
        success = re.fullmatch(r"2(\d\d|XX)", str(status), re.IGNORECASE) is not None
        if (
            success
            and isinstance(content, dict)
            and any(media.split(";")[0].strip() == JSON for media in content)
        ):
            statuses.append(str(status))
    return statuses


def read_package(package_dir: Path) -> dict[tuple[str, str], OperationModule]:
    """``(method, path key)`` -> operation module, for every operation module of the package."""
    modules: dict[tuple[str, str], OperationModule] = {}
    for module_path in sorted((package_dir / "api").glob("*/*.py")):
        if module_path.name != "__init__.py":
            found = read_operation(module_path)
            if found is not None:
                modules[(found.method, path_key(found.path))] = found
    return modules


def measure(spec: dict[str, Any], package_dir: Path) -> Coverage:
    """Coverage of ``spec``'s operations by the generated package at ``package_dir``."""
    if not (package_dir / "api").is_dir():
        raise CodegenError(f"{package_dir} is not a generated package (no api/ directory)")
    modules = read_package(package_dir)
    bound = _bound_operations(package_dir / "api")
    coverage = Coverage()
    for path, method, operation in operations(spec):
        coverage.operations += 1
        label = f"{method.upper()} {path}"
        module = modules.get((method, path_key(path)))
        if module is None or not module.has_build_request:
            coverage.missing_operations.append(label)
        else:
            coverage.operations_generated += 1
            if (module.package, module.name) in bound:
                coverage.operations_on_api += 1
            else:
                coverage.unbound_operations.append(f"{label} ({module.package}.{module.name})")
        for status in json_success_statuses(operation):
            coverage.json_responses += 1
            typed = (
                module is not None
                and JSON in module.success_content_types
                and _is_typed(module.success_annotation)
            )
            if typed:
                coverage.json_responses_typed += 1
            else:
                coverage.untyped_responses.append(f"{label} -> {status}")
    return coverage


def measure_spec_file(spec_path: Path, package_dir: Path) -> Coverage:
    """Coverage of the operations the spec file publishes (standardized, before overlays)."""
    return measure(standardize(load_document(spec_path)), package_dir)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) > 2 or any(arg.startswith("-") for arg in args):
        print("usage: python -m codegen.coverage [SPEC [PACKAGE_DIR]]", file=sys.stderr)
        return 2
    spec_path = Path(args[0]) if args else SPEC
    package_dir = Path(args[1]) if len(args) > 1 else PACKAGE_DIR
    try:
        coverage = measure_spec_file(spec_path, package_dir)
    except CodegenError as error:
        print(error, file=sys.stderr)
        return 2
    print(coverage.summary())
    return 0 if coverage.complete else 1


if __name__ == "__main__":
    sys.exit(main())
