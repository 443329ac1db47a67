from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class DABenchmarkEntry(LazyModel):
    """A single Design Arena benchmark entry for a specific arena+category

    Example:
        {'arena': 'models', 'category': 'website', 'elo': 1385.2, 'rank': 5, 'win_rate': 62.5}

    Attributes:
        arena (str): Arena type (e.g. models, builders, agents) Example: models.
        category (str): Category within the arena (e.g. website, gamedev, uicomponent) Example: website.
        elo (float): ELO rating from head-to-head arena battles Example: 1385.2.
        rank (int): Rank position within this arena+category among models available on OpenRouter (1 = highest ELO)
            Example: 5.
        win_rate (float): Win rate percentage in arena battles Example: 62.5.
    """

    arena: str
    category: str
    elo: float
    rank: int
    win_rate: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("arena", "arena"),
        ("category", "category"),
        ("elo", "elo"),
        ("rank", "rank"),
        ("win_rate", "win_rate"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "arena",
            "category",
            "elo",
            "rank",
            "win_rate",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
