"""The names a generated package offers, which of them a new spec removes, and who uses them.

Names are read from the generated trees themselves (the shipped ``generated/`` and the one the
new spec produces in a temporary directory), so they are exactly what ``import`` would find:
modules, what each module defines, the ``client.api.<group>.<operation>`` pairs, and the fields
of every model and TypedDict. Uses are found in our own code with :mod:`ast`: imports, attribute
access through an imported module, ``.api.<group>.<operation>`` chains, and string literals that
name a removed module or schema (tests look schemas up by name).
"""

from __future__ import annotations

import ast
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT_PACKAGE = "openrouter_api"


@dataclass
class GeneratedNames:
    modules: set[str] = field(default_factory=set)
    exports: dict[str, set[str]] = field(default_factory=dict)  # module -> names it defines
    api: set[tuple[str, str]] = field(default_factory=set)  # (group, operation) on client.api
    fields: dict[str, set[str]] = field(default_factory=dict)  # class -> its fields / keys
    schemas: set[str] = field(default_factory=set)  # component schemas of the prepared spec


@dataclass(frozen=True)
class Removed:
    modules: frozenset[str]
    exports: dict[str, frozenset[str]]
    api: frozenset[tuple[str, str]]
    groups: frozenset[str]
    fields: dict[str, frozenset[str]]
    schemas: frozenset[str]

    def count(self) -> int:
        return (
            len(self.modules)
            + sum(map(len, self.exports.values()))
            + len(self.api)
            + sum(map(len, self.fields.values()))
            + len(self.schemas)
        )


@dataclass(frozen=True)
class Use:
    file: str
    line: int
    name: str
    what: str

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.name} ({self.what})"


def _module_name(package_dir: Path, path: Path) -> str:
    parts = list(path.relative_to(package_dir.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _defined(tree: ast.Module) -> Iterator[str]:
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            yield node.name
        elif isinstance(node, ast.Assign):
            yield from (target.id for target in node.targets if isinstance(target, ast.Name))
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            yield node.target.id
        elif isinstance(node, ast.If):  # `if TYPE_CHECKING:` re-exports (lazy packages)
            for inner in node.body:
                if isinstance(inner, ast.ImportFrom):
                    yield from (alias.asname or alias.name for alias in inner.names)


def _class_fields(tree: ast.Module) -> Iterator[tuple[str, set[str]]]:
    for node in tree.body:
        if isinstance(node, ast.ClassDef):
            names = {
                statement.target.id
                for statement in node.body
                if isinstance(statement, ast.AnnAssign) and isinstance(statement.target, ast.Name)
            }
            if names:
                yield node.name, names


def _api_pairs(tree: ast.Module) -> set[tuple[str, str]]:
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target: ast.expr = node.targets[0]
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target = node.target
        else:
            continue
        if isinstance(target, ast.Name) and target.id == "OPERATIONS" and node.value is not None:
            listed = ast.literal_eval(node.value)
            return {(group, name) for group, (_, names) in listed.items() for name in names}
    return set()


def read_names(package_dir: Path, schemas: Iterable[str] = ()) -> GeneratedNames:
    """Every name the generated package at ``package_dir`` offers."""
    names = GeneratedNames(schemas=set(schemas))
    for path in sorted(package_dir.rglob("*.py")):
        if "__pycache__" in path.parts:
            continue
        module = _module_name(package_dir, path)
        tree = ast.parse(path.read_text(encoding="utf-8"))
        names.modules.add(module)
        names.exports.setdefault(module, set()).update(_defined(tree))
        parent, _, child = module.rpartition(".")
        if parent:
            names.exports.setdefault(parent, set()).add(child)  # a submodule is an attribute
        for class_name, class_fields in _class_fields(tree):
            names.fields.setdefault(class_name, set()).update(class_fields)
        if module == f"{ROOT_PACKAGE}.api":
            names.api = _api_pairs(tree)
    return names


def removed(old: GeneratedNames, new: GeneratedNames) -> Removed:
    """What ``old`` offers that ``new`` does not."""
    return Removed(
        modules=frozenset(old.modules - new.modules),
        exports={
            module: frozenset(names - new.exports[module])
            for module, names in old.exports.items()
            if module in new.exports and names - new.exports[module]
        },
        api=frozenset(old.api - new.api),
        groups=frozenset({group for group, _ in old.api} - {group for group, _ in new.api}),
        fields={
            name: frozenset(keys - new.fields[name])
            for name, keys in old.fields.items()
            if name in new.fields and keys - new.fields[name]
        },
        schemas=frozenset(old.schemas - new.schemas),
    )


_SCHEMA_LIKE = re.compile(r"[A-Za-z_][A-Za-z0-9_]*[A-Z][A-Za-z0-9_]*")


class _Finder(ast.NodeVisitor):
    def __init__(self, file: str, gone: Removed, old: GeneratedNames) -> None:
        self.file, self.gone, self.old = file, gone, old
        self.module_aliases: dict[str, str] = {}
        self.uses: list[Use] = []

    def found(self, node: ast.AST, name: str, what: str) -> None:
        self.uses.append(Use(self.file, getattr(node, "lineno", 0), name, what))

    def _check_module(self, node: ast.AST, module: str) -> bool:
        if module in self.gone.modules:
            self.found(node, module, "module removed")
            return True
        return False

    def visit_Import(self, node: ast.Import) -> None:
        for alias in node.names:
            if alias.name.split(".")[0] == ROOT_PACKAGE:
                self._check_module(alias, alias.name)
                if alias.asname:
                    self.module_aliases[alias.asname] = alias.name

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        module = node.module or ""
        if node.level or module.split(".")[0] != ROOT_PACKAGE:
            return
        if self._check_module(node, module):
            return
        for alias in node.names:
            if alias.name == "*":
                continue
            dotted = f"{module}.{alias.name}"
            if dotted in self.old.modules:
                if not self._check_module(alias, dotted):
                    self.module_aliases[alias.asname or alias.name] = dotted
            elif alias.name in self.gone.exports.get(module, ()):
                self.found(alias, alias.name, f"no longer in {module}")

    def visit_Attribute(self, node: ast.Attribute) -> None:
        base = node.value
        if isinstance(base, ast.Name) and base.id in self.module_aliases:
            module = self.module_aliases[base.id]
            if node.attr in self.gone.exports.get(module, ()):
                self.found(node, f"{module}.{node.attr}", "removed")
        # client.api.<group>.<operation> / client.api.<group>
        if isinstance(base, ast.Attribute) and base.attr in {g for g, _ in self.old.api}:
            holder = base.value
            if isinstance(holder, ast.Attribute) and holder.attr == "api":
                if base.attr in self.gone.groups:
                    self.found(node, f"api.{base.attr}", "operation group removed")
                elif (base.attr, node.attr) in self.gone.api:
                    self.found(node, f"api.{base.attr}.{node.attr}", "operation removed")
        self.generic_visit(node)

    def visit_Constant(self, node: ast.Constant) -> None:
        value = node.value
        if not isinstance(value, str):
            return
        if value in self.gone.modules:
            self.found(node, value, "module removed")
        elif value in self.gone.schemas and _SCHEMA_LIKE.fullmatch(value):
            self.found(node, value, "schema removed from the spec")


def find_uses(roots: Iterable[Path], gone: Removed, old: GeneratedNames, base: Path) -> list[Use]:
    """Lines under ``roots`` (Python files) that use a name in ``gone``, in file order."""
    uses: list[Use] = []
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for path in files:
            if "__pycache__" in path.parts:
                continue
            try:
                shown = str(path.relative_to(base))
            except ValueError:
                shown = str(path)
            finder = _Finder(shown, gone, old)
            finder.visit(ast.parse(path.read_text(encoding="utf-8"), filename=shown))
            uses.extend(sorted(set(finder.uses), key=lambda use: (use.line, use.name)))
    return uses
