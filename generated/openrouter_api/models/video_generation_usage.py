from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class VideoGenerationUsage(LazyModel):
    """Usage and cost information for the video generation. Available once the job has completed.

    Example:
        {'cost': 0.5, 'is_byok': False}

    Attributes:
        cost (float | None): The cost of the video generation in USD.
        is_byok (bool | None): Whether the request was made using a Bring Your Own Key configuration.
    """

    cost: float | None = ABSENT
    is_byok: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("cost", "cost"),
        ("is_byok", "is_byok"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
