from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.activity_item import ActivityItem


@_attrs_define(slots=False, repr=False)
class ActivityResponse(LazyModel):
    """
    Example:
        {'data': [{'byok_usage_inference': 0.012, 'completion_tokens': 125, 'date': '2025-08-24', 'endpoint_id':
            '550e8400-e29b-41d4-a716-446655440000', 'model': 'openai/gpt-4.1', 'model_permaslug':
            'openai/gpt-4.1-2025-04-14', 'prompt_tokens': 50, 'provider_name': 'OpenAI', 'reasoning_tokens': 25, 'requests':
            5, 'usage': 0.015}]}

    Attributes:
        data (list[ActivityItem]): List of activity items
    """

    data: list[ActivityItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("data", "data"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.activity_item import ActivityItem

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = ActivityItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
