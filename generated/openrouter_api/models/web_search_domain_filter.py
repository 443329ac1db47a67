from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class WebSearchDomainFilter(LazyModel):
    """
    Example:
        {'allowed_domains': ['example.com'], 'blocked_domains': ['spam.com'], 'excluded_domains': ['spam.com']}

    Attributes:
        allowed_domains (list[str] | None):
        blocked_domains (list[str] | None):
        excluded_domains (list[str] | None):
    """

    allowed_domains: list[str] | None = ABSENT
    blocked_domains: list[str] | None = ABSENT
    excluded_domains: list[str] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("allowed_domains", "allowed_domains"),
        ("blocked_domains", "blocked_domains"),
        ("excluded_domains", "excluded_domains"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def allowed_domains_(raw__: Any) -> Any:
            def _parse_allowed_domains(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    allowed_domains_type_0 = cast(list[str], data)

                    return allowed_domains_type_0
                return cast(list[str] | None, data)

            allowed_domains = _parse_allowed_domains(raw__)

            return allowed_domains

        def blocked_domains_(raw__: Any) -> Any:
            def _parse_blocked_domains(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    blocked_domains_type_0 = cast(list[str], data)

                    return blocked_domains_type_0
                return cast(list[str] | None, data)

            blocked_domains = _parse_blocked_domains(raw__)

            return blocked_domains

        def excluded_domains_(raw__: Any) -> Any:
            def _parse_excluded_domains(data: object) -> list[str] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    excluded_domains_type_0 = cast(list[str], data)

                    return excluded_domains_type_0
                return cast(list[str] | None, data)

            excluded_domains = _parse_excluded_domains(raw__)

            return excluded_domains

        return {
            "allowed_domains": allowed_domains_,
            "blocked_domains": blocked_domains_,
            "excluded_domains": excluded_domains_,
        }
