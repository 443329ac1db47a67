"""Count what a generated client covers: an endpoint module per operation, a typed JSON result.

openapi-python-client exits 0 while dropping operations and responses, so the proof that the
prepared spec is complete is read from the generated code itself (with :mod:`ast`, no import):

* every operation of the spec has a module whose ``_get_kwargs`` sends its method and path;
* every ``application/json`` 2xx response has a branch in ``_parse_response`` that decodes into a
  type, not ``Any`` (``response.json()`` as is, ``cast(Any, ...)``) and not ``None``.

``python -m codegen.coverage SPEC PACKAGE_DIR`` prints the numbers; exit 1 if anything is missing.
"""

from __future__ import annotations

import ast
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .load import load_document
from .standardize import operations, standardize


@dataclass
class Coverage:
    operations: int = 0
    operations_generated: int = 0
    json_responses: int = 0
    json_responses_typed: int = 0
    missing_operations: list[str] = field(default_factory=list)
    untyped_responses: list[str] = field(default_factory=list)

    @property
    def complete(self) -> bool:
        return not self.missing_operations and not self.untyped_responses

    def summary(self) -> str:
        lines = [
            f"operations with an endpoint module: {self.operations_generated}/{self.operations}",
            f"application/json 2xx responses typed: "
            f"{self.json_responses_typed}/{self.json_responses}",
        ]
        lines += [f"  missing operation: {name}" for name in self.missing_operations]
        lines += [f"  untyped response: {name}" for name in self.untyped_responses]
        return "\n".join(lines)


def _path_key(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def _url_template(node: ast.expr) -> str | None:
    """``"/a"`` -> ``/a``; ``"/a/{id}".format(...)`` or ``f"/a/{quote(x)}"`` -> ``/a/{}``."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return _path_key(node.value)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _url_template(node.func.value)
    if isinstance(node, ast.JoinedStr):
        return "".join(
            str(part.value) if isinstance(part, ast.Constant) else "{}" for part in node.values
        )
    return None


def _function(tree: ast.Module, name: str) -> ast.FunctionDef | None:
    for node in tree.body:
        if isinstance(node, ast.FunctionDef) and node.name == name:
            return node
    return None


def _request_of(tree: ast.Module) -> tuple[str, str] | None:
    """(method, path template) from the module's ``_get_kwargs``."""
    function = _function(tree, "_get_kwargs")
    if function is None:
        return None
    for node in ast.walk(function):
        if isinstance(node, ast.Dict):
            entries = {
                key.value: value
                for key, value in zip(node.keys, node.values, strict=True)
                if isinstance(key, ast.Constant)
            }
            method, url = entries.get("method"), entries.get("url")
            if isinstance(method, ast.Constant) and url is not None:
                template = _url_template(url)
                if template is not None:
                    return str(method.value).lower(), _path_key(template)
    return None


def _status_branches(tree: ast.Module) -> dict[int, list[ast.stmt]]:
    """``{status: body}`` of each ``if response.status_code == N:`` in ``_parse_response``."""
    function = _function(tree, "_parse_response")
    branches: dict[int, list[ast.stmt]] = {}
    if function is None:
        return branches
    for node in ast.walk(function):
        if (
            isinstance(node, ast.If)
            and isinstance(node.test, ast.Compare)
            and isinstance(node.test.left, ast.Attribute)
            and node.test.left.attr == "status_code"
            and len(node.test.comparators) == 1
            and isinstance(node.test.comparators[0], ast.Constant)
            and isinstance(node.test.comparators[0].value, int)
        ):
            branches[node.test.comparators[0].value] = node.body
    return branches


def _is_untyped(value: ast.expr) -> bool:
    if isinstance(value, ast.Constant) and value.value is None:
        return True
    if isinstance(value, ast.Call):
        func = value.func
        if isinstance(func, ast.Attribute) and func.attr == "json":
            return True  # response.json() used as is: Any
        if isinstance(func, ast.Name) and func.id == "cast" and value.args:
            first = value.args[0]
            return isinstance(first, ast.Name) and first.id == "Any"
    return False


def _branch_typed(body: list[ast.stmt], status: int) -> bool:
    target = f"response_{status}"
    for statement in body:
        if (
            isinstance(statement, ast.Assign)
            and len(statement.targets) == 1
            and isinstance(statement.targets[0], ast.Name)
            and statement.targets[0].id == target
        ):
            return not _is_untyped(statement.value)
    return False


def _json_success_statuses(operation: dict[str, Any]) -> list[int]:
    statuses = []
    for status, response in (operation.get("responses") or {}).items():
        content = response.get("content") if isinstance(response, dict) else None
        success = str(status).isdigit() and 200 <= int(status) < 300
        if (
            success
            and isinstance(content, dict)
            and any(media.split(";")[0].strip() == "application/json" for media in content)
        ):
            statuses.append(int(status))
    return statuses


def measure(spec: dict[str, Any], package_dir: Path) -> Coverage:
    """Coverage of ``spec``'s operations by the generated package at ``package_dir``."""
    modules: dict[tuple[str, str], ast.Module] = {}
    for module_path in sorted((package_dir / "api").rglob("*.py")):
        parsed = ast.parse(module_path.read_text(encoding="utf-8"))
        request = _request_of(parsed)
        if request is not None:
            modules[request] = parsed
    coverage = Coverage()
    for path, method, operation in operations(spec):
        coverage.operations += 1
        label = f"{method.upper()} {path}"
        tree = modules.get((method, _path_key(path)))
        if tree is None:
            coverage.missing_operations.append(label)
        else:
            coverage.operations_generated += 1
        branches = _status_branches(tree) if tree is not None else {}
        for status in _json_success_statuses(operation):
            coverage.json_responses += 1
            if status in branches and _branch_typed(branches[status], status):
                coverage.json_responses_typed += 1
            else:
                coverage.untyped_responses.append(f"{label} -> {status}")
    return coverage


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m codegen.coverage SPEC PACKAGE_DIR", file=sys.stderr)
        return 2
    spec = standardize(load_document(args[0]))
    coverage = measure(spec, Path(args[1]))
    print(coverage.summary())
    return 0 if coverage.complete else 1


if __name__ == "__main__":
    sys.exit(main())
