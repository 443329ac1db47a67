"""pytest plugin: the ``openrouter_mock`` fixture, a started ``MockOpenRouter`` per test.

Registered through the ``pytest11`` entry point, so it loads in every pytest run of a project
that installs the package; it imports nothing beyond pytest until a test uses the fixture.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

import pytest

if TYPE_CHECKING:
    from openrouter_client.testing import MockOpenRouter

__all__ = ["openrouter_mock"]


@pytest.fixture
def openrouter_mock() -> Iterator[MockOpenRouter]:
    """A running mock OpenRouter (``.base_url``, ``.api_key``, ``.reply_text(...)``, ...).

    Stopped after the test; a test whose ``on()`` handler raised fails at teardown.
    """
    from openrouter_client.testing import MockOpenRouter

    with MockOpenRouter() as mock:
        yield mock
    if mock.errors:
        first = mock.errors[0]
        raise AssertionError(
            f"{len(mock.errors)} MockOpenRouter handler error(s); first: {first!r}"
        ) from first
