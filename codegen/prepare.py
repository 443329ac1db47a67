"""The spec the generators consume: load -> standardize -> overlays -> normalize.

Overlays apply to the standardized upstream document (so they target upstream schema names, and
read like fixes to the published spec); normalization then reshapes the result for
openapi-python-client. Every stage is a list of named steps, importable for tests and debugging.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .load import load_document
from .normalize import NORMALIZE_STEPS, normalize
from .overlay import apply_overlays
from .standardize import STANDARDIZE_STEPS, standardize

__all__ = ["NORMALIZE_STEPS", "STANDARDIZE_STEPS", "prepare", "prepare_with_upstream"]


def prepare(spec_path: Path, overlay_paths: Sequence[Path] = ()) -> dict[str, Any]:
    """The prepared spec for ``spec_path`` with ``overlay_paths`` applied in the order given.

    Deterministic: the same files give an equal dict with the same key order.
    """
    spec = standardize(load_document(spec_path))
    spec = apply_overlays(spec, overlay_paths)
    return normalize(spec)


def prepare_with_upstream(
    spec_path: Path, overlay_paths: Sequence[Path] = ()
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(upstream, prepared)``: the standardized spec before any overlay (what OpenRouter
    promises, for the mock's default answers) and the prepared spec, from one load."""
    upstream = standardize(load_document(spec_path))
    copy: dict[str, Any] = json.loads(json.dumps(upstream))
    return upstream, normalize(apply_overlays(copy, overlay_paths))
