"""Ray tests: skipped without Ray (``make test-ray`` installs it); marked ``ray`` so ``make test``
does not pay for starting a cluster."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

try:
    import ray
except ImportError:  # test_ray.py skips itself, saying why
    ray = None


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    here = Path(__file__).parent
    for item in items:
        if here not in Path(item.path).parents:
            continue  # this hook sees the whole session's items
        item.add_marker(pytest.mark.ray)
        # Ray's own deprecation notices (the suite turns warnings into errors)
        item.add_marker(pytest.mark.filterwarnings("ignore::DeprecationWarning:ray.*"))
        item.add_marker(pytest.mark.filterwarnings("ignore::FutureWarning:ray.*"))


@pytest.fixture(scope="session")
def ray_cluster() -> Iterator[Any]:
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()
