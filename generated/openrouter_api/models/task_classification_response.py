from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.task_classification_response_data import (
        TaskClassificationResponseData,
    )


@_attrs_define(slots=False, repr=False)
class TaskClassificationResponse(LazyModel):
    """
    Example:
        {'data': {'as_of': '2026-06-17', 'classifications': [{'category_token_share': 0.48, 'category_usage_share':
            0.51, 'display_name': 'Code Generation', 'macro_category': 'code', 'models': [{'id': 'openai/gpt-4.1-mini',
            'tag_token_share': 0.75, 'tag_usage_share': 0.55}], 'tag': 'code:general_impl', 'token_share': 0.31,
            'usage_share': 0.23}], 'macro_categories': [{'key': 'code', 'label': 'Code', 'token_share': 0.52, 'usage_share':
            0.45}], 'window_days': 7}}

    Attributes:
        data (TaskClassificationResponseData):
    """

    data: TaskClassificationResponseData
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

        from ..models.task_classification_response_data import (
            TaskClassificationResponseData,
        )

        def data_(raw__: Any) -> Any:
            data = TaskClassificationResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
