"""Failures of ``make generate`` as the maintainer reads them: what, why, and what to do next.

Every expected failure is a :class:`CodegenError` whose message names the operation, schema,
file or step concerned; ``python -m codegen`` prints it without a traceback. An exception that is
not one (a bug, or a construct a step does not handle) is wrapped by :func:`run_steps` into a
:class:`StepError` naming the step, so even that ends in a sentence, not a stack.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from typing import Any

Spec = dict[str, Any]

# Set to 1 to get Python's traceback of a failure as well (for debugging codegen itself).
TRACEBACK_VARIABLE = "CODEGEN_TRACEBACK"


class CodegenError(Exception):
    """A failure reported to the maintainer as text; the message says what to do next."""


class StepError(CodegenError):
    """A preparation step raised something unexpected on this spec."""

    def __init__(
        self, stage: str, step: str, error: BaseException, advice: str | None = None
    ) -> None:
        self.stage, self.step, self.error = stage, step, error
        advice = advice or (
            f"The spec uses a construct `{step}` does not handle (see its docstring in "
            "codegen/), or it is a bug there. Fix the step, or work around the construct with "
            "an overlay in spec/overlays/"
        )
        super().__init__(
            f"{stage} step `{step}` failed on this spec: {type(error).__name__}: {error}\n"
            f"{advice}; {TRACEBACK_VARIABLE}=1 shows the traceback."
        )


def run_steps(stage: str, steps: Sequence[tuple[str, Callable[[Spec], Spec]]], spec: Spec) -> Spec:
    """Run named ``spec -> spec`` steps in order; an unexpected failure names its step."""
    for name, step in steps:
        try:
            spec = step(spec)
        except CodegenError:
            raise
        except Exception as error:
            raise StepError(stage, name, error) from error
    return spec


def show_traceback() -> bool:
    return os.environ.get(TRACEBACK_VARIABLE, "") not in ("", "0")
