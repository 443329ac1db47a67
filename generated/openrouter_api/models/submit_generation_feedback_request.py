from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.submit_generation_feedback_request_category import (
        SubmitGenerationFeedbackRequestCategory,
    )


@_attrs_define(slots=False, repr=False)
class SubmitGenerationFeedbackRequest(LazyModel):
    """Structured feedback about a specific generation

    Example:
        {'category': 'incorrect_response', 'comment': 'The model repeated the same paragraph three times.',
            'generation_id': 'gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG'}

    Attributes:
        category (SubmitGenerationFeedbackRequestCategory): The category of feedback being reported Example:
            incorrect_response.
        generation_id (str): The generation to submit feedback on Example: gen-3bhGkxlo4XFrqiabUM7NDtwDzWwG.
        comment (str | None): An optional free-text comment describing the feedback Example: The model repeated the same
            paragraph three times..
    """

    category: SubmitGenerationFeedbackRequestCategory
    generation_id: str
    comment: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("category", "category"),
        ("generation_id", "generation_id"),
        ("comment", "comment"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "category",
            "generation_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.submit_generation_feedback_request_category import (
            SubmitGenerationFeedbackRequestCategory,
        )

        def category_(raw__: Any) -> Any:
            category = SubmitGenerationFeedbackRequestCategory(raw__)

            return category

        return {
            "category": category_,
        }
