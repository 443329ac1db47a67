from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.submit_generation_feedback_response_data import (
        SubmitGenerationFeedbackResponseData,
    )


@_attrs_define(slots=False, repr=False)
class SubmitGenerationFeedbackResponse(LazyModel):
    """Confirmation that the feedback was recorded

    Example:
        {'data': {'success': True}}

    Attributes:
        data (SubmitGenerationFeedbackResponseData):
    """

    data: SubmitGenerationFeedbackResponseData
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

        from ..models.submit_generation_feedback_response_data import (
            SubmitGenerationFeedbackResponseData,
        )

        def data_(raw__: Any) -> Any:
            data = SubmitGenerationFeedbackResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
