"""A spec fragment with operations whose only 2xx answer is ``text/event-stream`` (as newer
OpenRouter specs add), generated with the codegen pipeline into a temporary package.

Written here, never in ``spec/``: the codegen tests check what the generator writes for it, the
facade tests call its operations through ``client.api`` against ``MockOpenRouter``.
"""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

# The name the generated package is imported under, beside the shipped ``openrouter_api``.
PACKAGE_NAME = "event_stream_api"

_ID = {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}

# One event's data: a closed enum (``status``) a newer server may extend.
RUN_EVENT: dict[str, Any] = {
    "type": "object",
    "properties": {
        "type": {"type": "string"},
        "text": {"type": "string"},
        "status": {"type": "string", "enum": ["running", "done"]},
    },
    "required": ["type"],
}


def _stream(schema: dict[str, Any] | None, sentinel: str | None) -> dict[str, Any]:
    media: dict[str, Any] = {}
    if schema is not None:
        media["schema"] = schema
    if sentinel is not None:
        media["x-speakeasy-sse-sentinel"] = sentinel
    return {"description": "events", "content": {"text/event-stream": media}}


SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "event streams", "version": "1"},
    "paths": {
        # The event schema as OpenRouter's spec writes one (Speakeasy): data, event; [DONE] ends.
        "/runs/{id}/events": {
            "get": {
                "operationId": "streamRunEvents",
                "tags": ["Runs"],
                "parameters": [_ID],
                "responses": {
                    "200": _stream(
                        {
                            "type": "object",
                            "properties": {"data": RUN_EVENT, "event": {"type": "string"}},
                            "required": ["data"],
                        },
                        "[DONE]",
                    )
                },
            }
        },
        # No schema and no sentinel: plain dict events, the end of the connection ends it.
        "/runs/{id}/log": {
            "get": {
                "operationId": "tailRunLog",
                "tags": ["Runs"],
                "parameters": [_ID],
                "responses": {"200": _stream(None, None)},
            }
        },
        # An ordinary JSON operation of the same tag keeps its typed result.
        "/runs/{id}": {
            "get": {
                "operationId": "getRun",
                "tags": ["Runs"],
                "parameters": [_ID],
                "responses": {
                    "200": {
                        "description": "run",
                        "content": {"application/json": {"schema": RUN_EVENT}},
                    }
                },
            }
        },
    },
}


def write_spec(directory: Path) -> Path:
    import yaml

    source = directory / "spec.yaml"
    source.write_text(yaml.safe_dump(SPEC), encoding="utf-8")
    return source


def generate(directory: Path) -> Path:
    """Run the pipeline on ``SPEC`` into ``directory``; return the generated package's path."""
    from codegen.attrs_client import PACKAGE
    from codegen.pipeline import build

    out = directory / "out"
    out.mkdir()
    build(out, spec_path=write_spec(directory), overlays=[])
    return out / PACKAGE


def import_package(package_dir: Path, directory: Path) -> ModuleType:
    """The generated package, imported as ``PACKAGE_NAME`` (its imports are relative)."""
    root = directory / "importable"
    shutil.copytree(package_dir, root / PACKAGE_NAME)
    sys.path.insert(0, str(root))
    try:
        return importlib.import_module(PACKAGE_NAME)
    finally:
        sys.path.remove(str(root))


def unload() -> None:
    for name in [name for name in sys.modules if name.partition(".")[0] == PACKAGE_NAME]:
        del sys.modules[name]
