from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.image_model_architecture import ImageModelArchitecture
    from ..models.supported_parameters import SupportedParameters


@_attrs_define(slots=False, repr=False)
class ImageModelListItem(LazyModel):
    """A single image model in the discovery listing.

    Example:
        {'architecture': {'input_modalities': ['text', 'image'], 'output_modalities': ['image']}, 'created': 1692901234,
            'description': 'A text-to-image model.', 'endpoints': '/api/v1/images/models/bytedance-
            seed/seedream-4.5/endpoints', 'id': 'bytedance-seed/seedream-4.5', 'name': 'Seedream 4.5',
            'supported_parameters': {'resolution': {'type': 'enum', 'values': ['1K', '2K', '4K']}, 'seed': {'type':
            'boolean'}}, 'supports_streaming': False}

    Attributes:
        architecture (ImageModelArchitecture):  Example: {'input_modalities': ['text', 'image'], 'output_modalities':
            ['image']}.
        created (int): Unix timestamp (seconds) of when the model was created Example: 1692901234.
        description (str):  Example: A text-to-image model..
        endpoints (str): Relative URL to the full per-endpoint records for this model Example:
            /api/v1/images/models/bytedance-seed/seedream-4.5/endpoints.
        id (str): Model slug Example: bytedance-seed/seedream-4.5.
        name (str): Display name Example: Seedream 4.5.
        supported_parameters (SupportedParameters): Union of supported parameters across every endpoint of this model.
            Coarse discovery aid; the definitive per-endpoint set is behind the endpoints URL. Example:
            {'output_compression': {'max': 100, 'min': 0, 'type': 'range'}, 'resolution': {'type': 'enum', 'values': ['1K',
            '2K', '4K']}, 'seed': {'type': 'boolean'}}.
        supports_streaming (bool): Whether any endpoint of this model supports native SSE streaming on the dedicated
            Image API (i.e. `stream: true` in the request). OR across endpoints. Example: False.
    """

    architecture: ImageModelArchitecture
    created: int
    description: str
    endpoints: str
    id: str
    name: str
    supported_parameters: SupportedParameters
    supports_streaming: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("architecture", "architecture"),
        ("created", "created"),
        ("description", "description"),
        ("endpoints", "endpoints"),
        ("id", "id"),
        ("name", "name"),
        ("supported_parameters", "supported_parameters"),
        ("supports_streaming", "supports_streaming"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "architecture",
            "created",
            "description",
            "endpoints",
            "id",
            "name",
            "supported_parameters",
            "supports_streaming",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "architecture",
            "supported_parameters",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.image_model_architecture import ImageModelArchitecture
        from ..models.supported_parameters import SupportedParameters

        def architecture_(raw__: Any) -> Any:
            architecture = ImageModelArchitecture.from_dict(raw__)

            return architecture

        def supported_parameters_(raw__: Any) -> Any:
            supported_parameters = SupportedParameters.from_dict(raw__)

            return supported_parameters

        return {
            "architecture": architecture_,
            "supported_parameters": supported_parameters_,
        }
