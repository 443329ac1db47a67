from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class FusionAnalysisResultPartialCoverageItem(LazyModel):
    """
    Attributes:
        models (list[str]):
        point (str):
    """

    models: list[str]
    point: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("models", "models"),
        ("point", "point"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "models",
            "point",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "models",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def models_(raw__: Any) -> Any:
            models = cast(list[str], raw__)

            return models

        return {
            "models": models_,
        }
