from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.anthropic_refusal_stop_details_category import (
        AnthropicRefusalStopDetailsCategory,
    )
    from ..models.anthropic_refusal_stop_details_type import (
        AnthropicRefusalStopDetailsType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicRefusalStopDetails(LazyModel):
    """Structured information about a refusal

    Example:
        {'category': 'cyber', 'explanation': 'The request was refused due to policy.', 'type': 'refusal'}

    Attributes:
        category (AnthropicRefusalStopDetailsCategory | None):
        explanation (str | None):
        type (AnthropicRefusalStopDetailsType):
    """

    category: AnthropicRefusalStopDetailsCategory | None
    explanation: str | None
    type: AnthropicRefusalStopDetailsType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("category", "category"),
        ("explanation", "explanation"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "category",
            "explanation",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "refusal"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.anthropic_refusal_stop_details_category import (
            AnthropicRefusalStopDetailsCategory,
        )
        from ..models.anthropic_refusal_stop_details_type import (
            AnthropicRefusalStopDetailsType,
        )

        def category_(raw__: Any) -> Any:
            def _parse_category(
                data: object,
            ) -> AnthropicRefusalStopDetailsCategory | None:
                if data is None:
                    return data
                if AnthropicRefusalStopDetailsCategory.is_declared(data):
                    category_type_0 = AnthropicRefusalStopDetailsCategory(data)

                    return category_type_0
                if isinstance(data, str):
                    return AnthropicRefusalStopDetailsCategory(data)
                return cast(AnthropicRefusalStopDetailsCategory | None, data)

            category = _parse_category(raw__)

            return category

        def type_(raw__: Any) -> Any:
            type = AnthropicRefusalStopDetailsType(raw__)

            return type

        return {
            "category": category_,
            "type": type_,
        }
