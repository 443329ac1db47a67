from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.task_classification_model import TaskClassificationModel


@_attrs_define(slots=False, repr=False)
class TaskClassificationItem(LazyModel):
    """
    Example:
        {'category_token_share': 0.48, 'category_usage_share': 0.51, 'display_name': 'Code Generation',
            'macro_category': 'code', 'models': [{'id': 'openai/gpt-4.1-mini', 'tag_token_share': 0.75, 'tag_usage_share':
            0.55}, {'id': 'anthropic/claude-sonnet-4', 'tag_token_share': 0.12, 'tag_usage_share': 0.2}], 'tag':
            'code:general_impl', 'token_share': 0.31, 'usage_share': 0.23}

    Attributes:
        category_token_share (float): Fraction of this classification's token volume within its macro-category (0–1).
            Sums to 1 across all classifications sharing the same `macro_category`. Example: 0.48.
        category_usage_share (float): Fraction of this classification's usage within its macro-category (0–1). Sums to 1
            across all classifications sharing the same `macro_category`. Example: 0.51.
        display_name (str): Human-readable label for the classification. Example: Code Generation.
        macro_category (str): Coarse grouping derived from the tag prefix: `code`, `data`, `agent`, or `general`.
            Example: code.
        models (list[TaskClassificationModel]): Top models for this classification by request volume, sorted descending.
            Each entry reports the model's share of this classification's requests and tokens.
        tag (str): Classification tag identifier (e.g. `code:general_impl`, `agent:web_search`). Example:
            code:general_impl.
        token_share (float): Fraction of classified sampled token volume (prompt + completion) attributed to this
            classification (0–1). The unclassified `other` bucket is excluded from the denominator. Example: 0.31.
        usage_share (float): Fraction of classified sampled requests attributed to this classification (0–1). The
            unclassified `other` bucket is excluded from the denominator. Example: 0.23.
    """

    category_token_share: float
    category_usage_share: float
    display_name: str
    macro_category: str
    models: list[TaskClassificationModel]
    tag: str
    token_share: float
    usage_share: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("category_token_share", "category_token_share"),
        ("category_usage_share", "category_usage_share"),
        ("display_name", "display_name"),
        ("macro_category", "macro_category"),
        ("models", "models"),
        ("tag", "tag"),
        ("token_share", "token_share"),
        ("usage_share", "usage_share"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "category_token_share",
            "category_usage_share",
            "display_name",
            "macro_category",
            "models",
            "tag",
            "token_share",
            "usage_share",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "models",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.task_classification_model import TaskClassificationModel

        def models_(raw__: Any) -> Any:
            models = []
            _models = raw__
            for models_item_data in _models:
                models_item = TaskClassificationModel.from_dict(models_item_data)

                models.append(models_item)

            return models

        return {
            "models": models_,
        }
