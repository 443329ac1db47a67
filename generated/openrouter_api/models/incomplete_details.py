from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.incomplete_details_reason import IncompleteDetailsReason


@_attrs_define(slots=False, repr=False)
class IncompleteDetails(LazyModel):
    """
    Example:
        {'reason': 'max_output_tokens'}

    Attributes:
        reason (IncompleteDetailsReason | None):
    """

    reason: IncompleteDetailsReason | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("reason", "reason"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.incomplete_details_reason import IncompleteDetailsReason

        def reason_(raw__: Any) -> Any:
            reason = IncompleteDetailsReason(raw__)

            return reason

        return {
            "reason": reason_,
        }
