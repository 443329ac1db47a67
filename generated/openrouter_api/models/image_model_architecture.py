from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_input_modality import ImageInputModality
    from ..models.image_output_modality import ImageOutputModality


@_attrs_define(slots=False, repr=False)
class ImageModelArchitecture(LazyModel):
    """
    Example:
        {'input_modalities': ['text', 'image'], 'output_modalities': ['image']}

    Attributes:
        input_modalities (list[ImageInputModality]): Supported input modalities
        output_modalities (list[ImageOutputModality]): Supported output modalities
    """

    input_modalities: list[ImageInputModality]
    output_modalities: list[ImageOutputModality]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input_modalities", "input_modalities"),
        ("output_modalities", "output_modalities"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_modalities",
            "output_modalities",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "input_modalities",
            "output_modalities",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_input_modality import ImageInputModality
        from ..models.image_output_modality import ImageOutputModality

        def input_modalities_(raw__: Any) -> Any:
            input_modalities = []
            _input_modalities = raw__
            for input_modalities_item_data in _input_modalities:
                input_modalities_item = ImageInputModality(input_modalities_item_data)

                input_modalities.append(input_modalities_item)

            return input_modalities

        def output_modalities_(raw__: Any) -> Any:
            output_modalities = []
            _output_modalities = raw__
            for output_modalities_item_data in _output_modalities:
                output_modalities_item = ImageOutputModality(
                    output_modalities_item_data
                )

                output_modalities.append(output_modalities_item)

            return output_modalities

        return {
            "input_modalities": input_modalities_,
            "output_modalities": output_modalities_,
        }
