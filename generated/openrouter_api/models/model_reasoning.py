from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.reasoning_effort import ReasoningEffort


@_attrs_define(slots=False, repr=False)
class ModelReasoning(LazyModel):
    """Reasoning effort configuration. Omitted for non-reasoning models and dynamic router models.

    Example:
        {'default_effort': 'medium', 'default_enabled': True, 'mandatory': False, 'supported_efforts': ['high',
            'medium', 'low', 'minimal']}

    Attributes:
        mandatory (bool): When true, reasoning cannot be disabled and effort "none" is rejected.
        default_effort (ReasoningEffort | None): Default reasoning effort when the client enables reasoning without
            specifying effort. Maps to `reasoning.effort` in chat requests. When `"none"`, prefer omitting effort unless the
            user explicitly disables reasoning.
        default_enabled (bool | None): Default reasoning enabled state when the client does not set `reasoning.enabled`.
        supported_efforts (list[None | ReasoningEffort] | None): Allowed reasoning effort values for this model, in
            descending effort order (highest first). Null means no allowlist — all gateway effort values are accepted.
        supports_max_tokens (bool | None): Present and `true` when the model accepts `reasoning.max_tokens` in requests
            (Anthropic-style) instead of or in addition to `reasoning.effort`. Omitted otherwise.
    """

    mandatory: bool
    default_effort: ReasoningEffort | None = ABSENT
    default_enabled: bool | None = ABSENT
    supported_efforts: list[None | ReasoningEffort] | None = ABSENT
    supports_max_tokens: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("mandatory", "mandatory"),
        ("default_effort", "default_effort"),
        ("default_enabled", "default_enabled"),
        ("supported_efforts", "supported_efforts"),
        ("supports_max_tokens", "supports_max_tokens"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "mandatory",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.reasoning_effort import ReasoningEffort

        def default_effort_(raw__: Any) -> Any:
            def _parse_default_effort(data: object) -> None | ReasoningEffort:
                if data is None:
                    return data
                if ReasoningEffort.is_declared(data):
                    default_effort_type_0 = ReasoningEffort(data)

                    return default_effort_type_0
                if isinstance(data, str):
                    return ReasoningEffort(data)
                return cast(None | ReasoningEffort, data)

            default_effort = _parse_default_effort(raw__)

            return default_effort

        def supported_efforts_(raw__: Any) -> Any:
            def _parse_supported_efforts(
                data: object,
            ) -> list[None | ReasoningEffort] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    supported_efforts_type_0 = []
                    _supported_efforts_type_0 = data
                    for supported_efforts_type_0_item_data in _supported_efforts_type_0:

                        def _parse_supported_efforts_type_0_item(
                            data: object,
                        ) -> None | ReasoningEffort:
                            if data is None:
                                return data
                            if ReasoningEffort.is_declared(data):
                                supported_efforts_type_0_item_type_0 = ReasoningEffort(
                                    data
                                )

                                return supported_efforts_type_0_item_type_0
                            if isinstance(data, str):
                                return ReasoningEffort(data)
                            return cast(None | ReasoningEffort, data)

                        supported_efforts_type_0_item = (
                            _parse_supported_efforts_type_0_item(
                                supported_efforts_type_0_item_data
                            )
                        )

                        supported_efforts_type_0.append(supported_efforts_type_0_item)

                    return supported_efforts_type_0
                return cast(list[None | ReasoningEffort] | None, data)

            supported_efforts = _parse_supported_efforts(raw__)

            return supported_efforts

        return {
            "default_effort": default_effort_,
            "supported_efforts": supported_efforts_,
        }
