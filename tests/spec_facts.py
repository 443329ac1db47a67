"""Facts of the published spec in ``spec/``, for tests to count against instead of literals.

"Every operation" or "every paginated operation" is whatever ``spec/openrouter.yaml`` publishes,
so that dropping another published version into ``spec/`` changes the expectations with it.
"""

from __future__ import annotations

import functools
from typing import Any

from codegen.load import load_document
from codegen.spec_walk import operations
from tests.conftest import ROOT

PUBLISHED = ROOT / "spec" / "openrouter.yaml"


@functools.cache
def published_spec() -> dict[str, Any]:
    """``spec/openrouter.yaml`` as loaded, before standardizing, overlays or normalizing."""
    return load_document(PUBLISHED)


def published_operations() -> list[tuple[str, str, dict[str, Any]]]:
    """``(METHOD, path, operation)`` of every operation the spec publishes, in spec order."""
    return [(method.upper(), path, op) for path, method, op in operations(published_spec())]
