"""Reshape a standard OpenAPI 3.1 document so openapi-python-client 0.29.1 generates all of it.

``NORMALIZE_STEPS`` is the ordered list of named ``spec -> spec`` steps (see :mod:`.steps`); each
is unit-tested on a small fragment, and :func:`normalize` runs them all. Like the standardize
steps, they rewrite the document they are given in place and return it; only
``rename_schemas`` reads a file (``codegen/class_names.yaml``).

The order matters: names first (so derived names are readable), then ``allOf`` wrappers and
literal unions, then nullability moves to references, then compositions are flattened, then the
remaining inline parts are named, and last names that would make the same Python class are told
apart.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml

from .steps import (
    binary_media_as_octet_stream,
    collapse_annotation_allof,
    distinct_class_names,
    flatten_allof,
    intersect_enum_allof,
    merge_string_literal_unions,
    name_inline_bodies,
    name_inline_union_variants,
    nullable_schemas_to_references,
    rename_schemas,
    resolve_schema_aliases,
    split_mixed_enums,
    split_nullable_types,
    undecodable_media_as_text,
)

Spec = dict[str, Any]
Step = Callable[[Spec], Spec]

CLASS_NAMES = Path(__file__).resolve().parent.parent / "class_names.yaml"


def schema_renames(path: Path = CLASS_NAMES) -> dict[str, str]:
    """``{OriginalName: ReadableName}`` from the ``class_overrides``-shaped class_names.yaml."""
    if not path.exists():
        return {}
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    if not isinstance(data, dict):
        raise ValueError(f"{path}: expected a mapping of class names")
    renames: dict[str, str] = {}
    for original, override in data.items():
        if not isinstance(override, dict) or not isinstance(override.get("class_name"), str):
            raise ValueError(f"{path}: {original}: expected {{class_name: ..., module_name: ...}}")
        renames[str(original)] = override["class_name"]
    return renames


def rename_schemas_from_class_names(spec: Spec) -> Spec:
    """Apply class_names.yaml to component schema keys, so both generators see readable names."""
    return rename_schemas(spec, schema_renames())


NORMALIZE_STEPS: list[tuple[str, Step]] = [
    ("binary_media_as_octet_stream", binary_media_as_octet_stream),
    ("undecodable_media_as_text", undecodable_media_as_text),
    ("rename_schemas", rename_schemas_from_class_names),
    ("split_mixed_enums", split_mixed_enums),
    ("collapse_annotation_allof", collapse_annotation_allof),
    ("merge_string_literal_unions", merge_string_literal_unions),
    ("nullable_schemas_to_references", nullable_schemas_to_references),
    ("intersect_enum_allof", intersect_enum_allof),
    ("resolve_schema_aliases", resolve_schema_aliases),
    ("flatten_allof", flatten_allof),
    ("split_nullable_types", split_nullable_types),
    ("name_inline_bodies", name_inline_bodies),
    ("name_inline_union_variants", name_inline_union_variants),
    ("distinct_class_names", distinct_class_names),
]


def normalize(spec: Spec, steps: list[tuple[str, Step]] | None = None) -> Spec:
    for _, step in NORMALIZE_STEPS if steps is None else steps:
        spec = step(spec)
    return spec


__all__ = ["NORMALIZE_STEPS", "normalize", "schema_renames"]
