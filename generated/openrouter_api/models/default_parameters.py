from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class DefaultParameters(LazyModel):
    """Default parameters for this model

    Example:
        {'frequency_penalty': 0, 'presence_penalty': 0, 'repetition_penalty': 1, 'temperature': 0.7, 'top_k': 0,
            'top_p': 0.9}

    Attributes:
        frequency_penalty (float | None):
        presence_penalty (float | None):
        repetition_penalty (float | None):
        temperature (float | None):
        top_k (int | None):
        top_p (float | None):
    """

    frequency_penalty: float | None = ABSENT
    presence_penalty: float | None = ABSENT
    repetition_penalty: float | None = ABSENT
    temperature: float | None = ABSENT
    top_k: int | None = ABSENT
    top_p: float | None = ABSENT

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("frequency_penalty", "frequency_penalty"),
        ("presence_penalty", "presence_penalty"),
        ("repetition_penalty", "repetition_penalty"),
        ("temperature", "temperature"),
        ("top_k", "top_k"),
        ("top_p", "top_p"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
