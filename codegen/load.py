"""Read an OpenAPI document (YAML, JSON, or a docs-site markdown page) into plain JSON data.

Everything downstream edits the document in place and finally serializes it as JSON, so the result
must be a tree of fresh dicts/lists/scalars: YAML aliases are expanded into independent copies (an
edit to one use of an anchor must not show up at the other), timestamps stay the strings they were
written as, and mapping keys are strings.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import yaml

from .errors import CodegenError

_BaseLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

# A fenced ```yaml / ```yml / ```json block; the OpenAPI document is the first one holding `openapi:`.
_FENCE = re.compile(r"^```[ \t]*(ya?ml|json)[ \t]*\n(.*?)^```[ \t]*$", re.MULTILINE | re.DOTALL)
_OPENAPI_KEY = re.compile(r'^\s*"?openapi"?\s*:', re.MULTILINE)


class DocumentError(CodegenError, ValueError):
    """The file is not an OpenAPI document this loader understands."""


class _Loader(_BaseLoader):  # type: ignore[valid-type,misc]
    """Safe loader (C-accelerated when available) that keeps timestamps as their source text."""


def _timestamp_as_text(loader: yaml.SafeLoader, node: yaml.ScalarNode) -> str:
    return str(loader.construct_scalar(node))


_Loader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp_as_text)


def _key(key: object) -> str:
    """JSON object keys are strings: YAML's `200:` or `true:` become "200" / "true"."""
    return key if isinstance(key, str) else json.dumps(key)


def plain(node: Any) -> Any:
    """A fresh copy of ``node`` in which no container is shared, even where YAML aliased it.

    ``copy.deepcopy`` would keep aliased nodes shared (its memo maps one original to one copy), which
    is exactly what must not happen here.
    """
    if isinstance(node, dict):
        return {_key(key): plain(value) for key, value in node.items()}
    if isinstance(node, list):
        return [plain(item) for item in node]
    return node


def extract_embedded(text: str) -> str:
    """The OpenAPI text inside a markdown page (front matter, prose, fenced code blocks)."""
    for match in _FENCE.finditer(text):
        body = match.group(2)
        if _OPENAPI_KEY.search(body):
            return body
    raise DocumentError("no fenced ```yaml or ```json block containing an `openapi:` key was found")


def parse_text(text: str) -> dict[str, Any]:
    """Parse a document given as text; pages that are not YAML/JSON are searched for a fence."""
    if text.lstrip().startswith("{"):
        data = json.loads(text)
    else:
        try:
            data = yaml.load(text, Loader=_Loader)
        except yaml.YAMLError:
            data = None  # markdown is rarely valid YAML; look for the fenced block instead
        if not (isinstance(data, dict) and "openapi" in data):
            data = yaml.load(extract_embedded(text), Loader=_Loader)
    if not isinstance(data, dict):
        raise DocumentError(f"expected a mapping at the top level, got {type(data).__name__}")
    document: dict[str, Any] = plain(data)
    if "openapi" not in document:
        raise DocumentError("not an OpenAPI document: no top-level `openapi` key")
    return document


def load_data(path: Path | str) -> Any:
    """Any YAML/JSON file (an overlay, a config) as plain JSON data, aliases expanded."""
    source = Path(path)
    try:
        return plain(yaml.load(source.read_text(encoding="utf-8"), Loader=_Loader))
    except yaml.YAMLError as error:
        raise DocumentError(f"{source}: {error}") from error


def load_document(path: Path | str) -> dict[str, Any]:
    """Load ``path`` (OpenAPI YAML/JSON, or a markdown page embedding one) as plain JSON data."""
    source = Path(path)
    try:
        return parse_text(source.read_text(encoding="utf-8"))
    except (DocumentError, yaml.YAMLError, json.JSONDecodeError) as error:
        raise DocumentError(f"{source}: {error}") from error
