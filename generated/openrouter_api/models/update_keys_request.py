from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.guardrail_interval import GuardrailInterval


@_attrs_define(slots=False, repr=False)
class UpdateKeysRequest(LazyModel):
    """
    Example:
        {'disabled': False, 'include_byok_in_limit': True, 'limit': 75, 'limit_reset': 'daily', 'name': 'Updated API Key
            Name'}

    Attributes:
        disabled (bool | None): Whether to disable the API key Example: False.
        include_byok_in_limit (bool | None): Whether to include BYOK usage in the limit Example: True.
        limit (float | None): New spending limit for the API key in USD Example: 75.
        limit_reset (GuardrailInterval | None): New limit reset type for the API key (daily, weekly, monthly, or null
            for no reset). Resets happen automatically at midnight UTC, and weeks are Monday through Sunday. Example: daily.
        name (str | None): New name for the API key Example: Updated API Key Name.
    """

    disabled: bool | None = ABSENT
    include_byok_in_limit: bool | None = ABSENT
    limit: float | None = ABSENT
    limit_reset: GuardrailInterval | None = ABSENT
    name: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("disabled", "disabled"),
        ("include_byok_in_limit", "include_byok_in_limit"),
        ("limit", "limit"),
        ("limit_reset", "limit_reset"),
        ("name", "name"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.guardrail_interval import GuardrailInterval

        def limit_reset_(raw__: Any) -> Any:
            def _parse_limit_reset(data: object) -> GuardrailInterval | None:
                if data is None:
                    return data
                if GuardrailInterval.is_declared(data):
                    limit_reset_type_0 = GuardrailInterval(data)

                    return limit_reset_type_0
                if isinstance(data, str):
                    return GuardrailInterval(data)
                return cast(GuardrailInterval | None, data)

            limit_reset = _parse_limit_reset(raw__)

            return limit_reset

        return {
            "limit_reset": limit_reset_,
        }
