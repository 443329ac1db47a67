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

from .errors import run_steps
from .load import load_document
from .normalize import NORMALIZE_STEPS
from .overlay import Inapplicable, apply_overlays
from .standardize import STANDARDIZE_STEPS

__all__ = ["NORMALIZE_STEPS", "STANDARDIZE_STEPS", "prepare", "prepare_with_upstream"]


def prepare(
    spec_path: Path,
    overlay_paths: Sequence[Path] = (),
    inapplicable: list[Inapplicable] | None = None,
) -> dict[str, Any]:
    """The prepared spec for ``spec_path`` with ``overlay_paths`` applied in the order given.

    An overlay action that does not apply to this spec raises, unless ``inapplicable`` is given:
    then every such action is recorded there and skipped. Deterministic: the same files give an
    equal dict with the same key order.
    """
    spec = run_steps("standardize", STANDARDIZE_STEPS, load_document(spec_path))
    spec = apply_overlays(spec, overlay_paths, inapplicable)
    return run_steps("normalize", NORMALIZE_STEPS, spec)


def prepare_with_upstream(
    spec_path: Path,
    overlay_paths: Sequence[Path] = (),
    inapplicable: list[Inapplicable] | None = None,
) -> tuple[dict[str, Any], dict[str, Any]]:
    """``(upstream, prepared)``: the standardized spec before any overlay (what OpenRouter
    promises, for the mock's default answers) and the prepared spec, from one load."""
    upstream = run_steps("standardize", STANDARDIZE_STEPS, load_document(spec_path))
    copy: dict[str, Any] = json.loads(json.dumps(upstream))
    spec = apply_overlays(copy, overlay_paths, inapplicable)
    return upstream, run_steps("normalize", NORMALIZE_STEPS, spec)
