"""The spec the generators consume: load -> standardize -> overlays -> normalize.

Overlays apply to the standardized upstream document (so they target upstream schema names, and
read like fixes to the published spec); normalization then reshapes the result for
openapi-python-client. Every stage is a list of named steps, importable for tests and debugging.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from .errors import run_steps
from .load import load_document
from .normalize import NORMALIZE_STEPS
from .overlay import Inapplicable, apply_overlays
from .standardize import STANDARDIZE_STEPS

__all__ = ["NORMALIZE_STEPS", "STANDARDIZE_STEPS", "prepare"]


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
