"""hypothesis-jsonschema 0.23.1 with hypothesis >= 6.150: a bridge for one private API.

hypothesis-jsonschema draws object keys with ``hypothesis.internal.conjecture.utils.many`` through
its old ``more()``/``reject()`` methods, which newer hypothesis replaced by an iterator protocol
(``AttributeError: 'many' object has no attribute 'more'`` for any object schema). ``install()``
gives hypothesis-jsonschema's module (only) a ``many`` with the old methods, built on the public
``ConjectureData.draw_boolean``; hypothesis itself is untouched.
"""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

from hypothesis.internal.conjecture import utils as cu


class _Many:
    """``more()`` until the collection stops: ``min_size`` forced, then a coin with the average
    size's continue probability, never past ``max_size``."""

    def __init__(self, data: Any, min_size: int, max_size: float, average_size: float) -> None:
        self.data = data
        self.min_size = min_size
        self.max_size = max_size
        self.count = 0
        self.p_continue = cu._calc_p_continue(average_size - min_size, max_size - min_size)

    def more(self) -> bool:
        if self.count < self.min_size:
            go = True
        elif self.count >= self.max_size:
            go = False
        else:
            go = bool(self.data.draw_boolean(self.p_continue))
        if go:
            self.count += 1
        return go

    def reject(self) -> None:
        self.count -= 1


def install() -> None:
    from hypothesis_jsonschema import _from_schema

    if getattr(_from_schema.cu, "many", None) is not _Many and not hasattr(cu.many, "more"):
        _from_schema.cu = SimpleNamespace(many=_Many)  # type: ignore[attr-defined]
    for name in ("__from_schema", "merged_as_strategies"):
        function = vars(_from_schema)[name]
        if not hasattr(function, "__wrapped__"):
            setattr(_from_schema, name, _cached(function))


def _cached(function: Any) -> Any:
    """``function(schema, *, alphabet, custom_formats)`` memoized by the schema's JSON text.

    hypothesis-jsonschema rebuilds (and re-canonicalises) the strategy of every object property
    at every draw; strategies are immutable, so building each once keeps big schemas affordable.
    """
    cache: dict[tuple[str, int, int], Any] = {}

    def wrapper(schema: Any, *, alphabet: Any, custom_formats: Any) -> Any:
        key = (json.dumps(schema, sort_keys=True), id(alphabet), id(custom_formats))
        if key not in cache:
            cache[key] = function(schema, alphabet=alphabet, custom_formats=custom_formats)
        return cache[key]

    wrapper.__wrapped__ = function  # type: ignore[attr-defined]
    return wrapper
