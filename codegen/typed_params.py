"""Request-parameter TypedDicts (``openrouter_api.params``) with datamodel-code-generator.

Users pass request bodies as plain dicts (``messages=[{"role": "user", ...}]``); these TypedDicts
let a type checker verify them. Only the schemas that request bodies reach are generated, so the
module stays small, and every name ends in ``Param`` so it is never confused with the attrs model
of the same schema.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

SCHEMA_PREFIX = "#/components/schemas/"
SUFFIX = "Param"

# Keyword-argument sets for facade methods: a request schema minus the arguments the method
# spells out itself (``create(messages=..., stream=..., **params)``), so that ``**params`` can be
# typed with ``Unpack`` without overlapping the explicit ones.
# Entries: (source schema, argument set name, the arguments the method spells out).
ARGUMENT_SETS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("ChatRequest", "ChatCompletionCreate", frozenset({"messages", "stream", "tools"})),
    ("ChatRequest", "ChatCompletionParse", frozenset({"messages", "stream", "response_format"})),
    ("ChatRequest", "ChatCompletionRunTools", frozenset({"messages", "stream", "tools"})),
    ("ResponsesRequest", "ResponseCreate", frozenset({"input", "stream"})),
)


def _pascal(name: str) -> str:
    parts = [p for p in name.replace("-", "_").split("_") if p]
    return "".join(p[0].upper() + p[1:] for p in parts)


def _refs(node: Any) -> Iterator[str]:
    if isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith(SCHEMA_PREFIX):
            yield ref[len(SCHEMA_PREFIX) :]
        for value in node.values():
            yield from _refs(value)
    elif isinstance(node, list):
        for value in node:
            yield from _refs(value)


def request_body_schemas(spec: dict[str, Any]) -> dict[str, str]:
    """operationId -> schema name of its JSON request body; inline bodies get ``<OperationId>Request``."""
    found: dict[str, str] = {}
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if not isinstance(op, dict) or "requestBody" not in op:
                continue
            media = op["requestBody"].get("content", {}).get("application/json")
            if not media or "schema" not in media:
                continue
            schema = media["schema"]
            ref = schema.get("$ref", "")
            name = ref[len(SCHEMA_PREFIX) :] if ref.startswith(SCHEMA_PREFIX) else None
            found[op["operationId"]] = name or f"{_pascal(op['operationId'])}Request"
    return found


def reduced_spec(spec: dict[str, Any]) -> dict[str, Any]:
    """A spec holding only the schemas that JSON request bodies reach (inline bodies hoisted)."""
    schemas = dict(spec.get("components", {}).get("schemas", {}))
    roots = request_body_schemas(spec)
    for item in spec.get("paths", {}).values():
        for op in item.values():
            if isinstance(op, dict) and op.get("operationId") in roots:
                media = op["requestBody"]["content"]["application/json"]
                name = roots[op["operationId"]]
                existing = schemas.setdefault(name, media["schema"])
                if existing is not media["schema"] and "$ref" not in media["schema"]:
                    raise ValueError(
                        f"inline body of {op['operationId']} collides with schema {name}"
                    )
    keep: set[str] = set()
    todo = list(roots.values())
    while todo:
        name = todo.pop()
        if name in keep:
            continue
        if name not in schemas:
            raise KeyError(f"request body schema {name!r} is referenced but not defined")
        keep.add(name)
        todo.extend(ref for ref in _refs(schemas[name]) if ref not in keep)
    for source, name, explicit in ARGUMENT_SETS:
        if source in keep:
            schemas[name] = _without(schemas[source], explicit)
            keep.add(name)
    return {
        "openapi": spec.get("openapi", "3.1.0"),
        "info": {"title": "OpenRouter request parameters", "version": "1"},
        "paths": {},
        "components": {"schemas": {name: schemas[name] for name in sorted(keep)}},
    }


def _without(schema: dict[str, Any], names: frozenset[str]) -> dict[str, Any]:
    """``schema`` (an object schema) with properties ``names`` removed."""
    if "properties" not in schema:
        raise KeyError(f"argument set source is not an object schema: {sorted(schema)}")
    trimmed = dict(schema)
    trimmed["properties"] = {k: v for k, v in schema["properties"].items() if k not in names}
    if "required" in schema:
        trimmed["required"] = [k for k in schema["required"] if k not in names]
    trimmed.pop("example", None)
    trimmed["description"] = "Keyword arguments of the facade method (the explicit ones excluded)."
    return trimmed


HEADER = '''"""TypedDicts for request bodies: pass plain dicts and still get type checking.

Generated by datamodel-code-generator from the spec (``make generate``); do not edit.
"""
'''


def generate_params(spec: dict[str, Any], target: Path) -> None:
    """Write the TypedDict module for ``spec``'s request bodies to ``target``."""
    reduced = reduced_spec(spec)
    if not reduced["components"]["schemas"]:
        # No JSON request body at all: nothing to type (the generator would fail on "no models").
        target.write_text(HEADER, encoding="utf-8")
        return
    with tempfile.TemporaryDirectory() as scratch:
        source = Path(scratch) / "params-spec.json"
        source.write_text(json.dumps(reduced), encoding="utf-8")
        env = dict(os.environ)
        # datamodel-code-generator runs the ruff formatter as a program: find this venv's.
        env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
        command = [
            sys.executable,
            "-m",
            "datamodel_code_generator",
            "--input", str(source),
            "--input-file-type", "openapi",
            "--openapi-scopes", "schemas",
            "--output-model-type", "typing.TypedDict",
            "--output", str(target),
            "--target-python-version", "3.11",
            "--use-standard-collections",
            "--use-union-operator",
            "--use-double-quotes",
            "--enum-field-as-literal", "all",
            "--use-schema-description",
            "--use-field-description",
            "--class-name-suffix", SUFFIX,
            "--disable-timestamp",
            "--formatters", "ruff-format",
            "--custom-file-header", HEADER,
        ]  # fmt: skip
        result = subprocess.run(command, capture_output=True, text=True, env=env, check=False)
    problems = [
        line
        for line in result.stderr.splitlines()
        if line.strip() and "FutureWarning" not in line and "warn_deprecated" not in line
    ]
    if result.returncode != 0 or problems:
        raise RuntimeError(
            "datamodel-code-generator failed or warned:\n" + (result.stderr or result.stdout)
        )
