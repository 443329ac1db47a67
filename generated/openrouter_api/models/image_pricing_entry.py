from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.image_pricing_entry_billable import ImagePricingEntryBillable
    from ..models.image_pricing_entry_unit import ImagePricingEntryUnit


@_attrs_define(slots=False, repr=False)
class ImagePricingEntry(LazyModel):
    """One billable pricing line for an image provider.

    Example:
        {'billable': 'output_image', 'cost_usd': 0.05, 'unit': 'image'}

    Attributes:
        billable (ImagePricingEntryBillable):
        cost_usd (float):
        unit (ImagePricingEntryUnit):
        variant (str | None):
    """

    billable: ImagePricingEntryBillable
    cost_usd: float
    unit: ImagePricingEntryUnit
    variant: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("billable", "billable"),
        ("cost_usd", "cost_usd"),
        ("unit", "unit"),
        ("variant", "variant"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "billable",
            "cost_usd",
            "unit",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.image_pricing_entry_billable import ImagePricingEntryBillable
        from ..models.image_pricing_entry_unit import ImagePricingEntryUnit

        def billable_(raw__: Any) -> Any:
            billable = ImagePricingEntryBillable(raw__)

            return billable

        def unit_(raw__: Any) -> Any:
            unit = ImagePricingEntryUnit(raw__)

            return unit

        return {
            "billable": billable_,
            "unit": unit_,
        }
