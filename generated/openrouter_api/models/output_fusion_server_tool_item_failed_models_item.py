from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class OutputFusionServerToolItemFailedModelsItem(LazyModel):
    """
    Attributes:
        error (str): Error message describing why the model failed.
        model (str): Slug of the analysis model that failed.
        status_code (int | None): HTTP status code from the upstream response, when available (e.g. 402, 429).
    """

    error: str
    model: str
    status_code: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("model", "model"),
        ("status_code", "status_code"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
