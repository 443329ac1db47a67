from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID


@_attrs_define(slots=False, repr=False)
class QueryAnalyticsRequestClassifierDimensions(LazyModel):
    """Group results by custom classifier tags, breaking down metrics by the specified dimension values. Requires an active
    classifier on the workspace.

        Attributes:
            classifier_id (UUID): UUID of the classifier whose tags to group by. Example:
                550e8400-e29b-41d4-a716-446655440000.
            dimension_names (list[str] | None):
            include_nulls (bool | None): When true, also include generations that have no tag from this classifier. Defaults
                to false, which returns only classified generations.
    """

    classifier_id: UUID
    dimension_names: list[str] | None = ABSENT
    include_nulls: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("classifier_id", "classifier_id"),
        ("dimension_names", "dimension_names"),
        ("include_nulls", "include_nulls"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "classifier_id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        def classifier_id_(raw__: Any) -> Any:
            classifier_id = UUID(raw__)

            return classifier_id

        def dimension_names_(raw__: Any) -> Any:
            dimension_names = cast(list[str], raw__)

            return dimension_names

        return {
            "classifier_id": classifier_id_,
            "dimension_names": dimension_names_,
        }
