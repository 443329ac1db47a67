from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.endpoint_info import EndpointInfo


@_attrs_define(slots=False, repr=False)
class EndpointsMetadata(LazyModel):
    """
    Example:
        {'available': [{'model': 'openai/gpt-4o', 'provider': 'OpenAI', 'selected': True}], 'total': 3}

    Attributes:
        available (list[EndpointInfo]):
        total (int):
    """

    available: list[EndpointInfo]
    total: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("available", "available"),
        ("total", "total"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "available",
            "total",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "available",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.endpoint_info import EndpointInfo

        def available_(raw__: Any) -> Any:
            available = []
            _available = raw__
            for available_item_data in _available:
                available_item = EndpointInfo.from_dict(available_item_data)

                available.append(available_item)

            return available

        return {
            "available": available_,
        }
