from __future__ import annotations

from typing import Any, ClassVar, cast

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

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def frequency_penalty_(raw__: Any) -> Any:
            def _parse_frequency_penalty(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            frequency_penalty = _parse_frequency_penalty(raw__)

            return frequency_penalty

        def presence_penalty_(raw__: Any) -> Any:
            def _parse_presence_penalty(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            presence_penalty = _parse_presence_penalty(raw__)

            return presence_penalty

        def repetition_penalty_(raw__: Any) -> Any:
            def _parse_repetition_penalty(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            repetition_penalty = _parse_repetition_penalty(raw__)

            return repetition_penalty

        def temperature_(raw__: Any) -> Any:
            def _parse_temperature(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            temperature = _parse_temperature(raw__)

            return temperature

        def top_k_(raw__: Any) -> Any:
            def _parse_top_k(data: object) -> int | None:
                if data is None:
                    return data
                return cast(int | None, data)

            top_k = _parse_top_k(raw__)

            return top_k

        def top_p_(raw__: Any) -> Any:
            def _parse_top_p(data: object) -> float | None:
                if data is None:
                    return data
                return cast(float | None, data)

            top_p = _parse_top_p(raw__)

            return top_p

        return {
            "frequency_penalty": frequency_penalty_,
            "presence_penalty": presence_penalty_,
            "repetition_penalty": repetition_penalty_,
            "temperature": temperature_,
            "top_k": top_k_,
            "top_p": top_p_,
        }
