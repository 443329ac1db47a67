from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.input_image_detail import InputImageDetail
    from ..models.input_image_type import InputImageType


@_attrs_define(slots=False, repr=False)
class InputImage(LazyModel):
    """Image input content item

    Example:
        {'detail': 'auto', 'image_url': 'https://example.com/image.jpg', 'type': 'input_image'}

    Attributes:
        detail (InputImageDetail):
        type (InputImageType):
        image_url (str | None):
    """

    detail: InputImageDetail
    type: InputImageType
    image_url: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("detail", "detail"),
        ("type", "type"),
        ("image_url", "image_url"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "detail",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "input_image"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.input_image_detail import InputImageDetail
        from ..models.input_image_type import InputImageType

        def detail_(raw__: Any) -> Any:
            detail = InputImageDetail(raw__)

            return detail

        def type_(raw__: Any) -> Any:
            type = InputImageType(raw__)

            return type

        return {
            "detail": detail_,
            "type": type_,
        }
