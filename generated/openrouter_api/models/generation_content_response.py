from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.generation_content_data import GenerationContentData


@_attrs_define(slots=False, repr=False)
class GenerationContentResponse(LazyModel):
    """Stored prompt and completion content for a generation

    Example:
        {'data': {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]},
            'output': {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}}

    Attributes:
        data (GenerationContentData): Stored prompt and completion content, plus the failure error when one was stored
            Example: {'error': None, 'input': {'messages': [{'content': 'What is the meaning of life?', 'role': 'user'}]},
            'output': {'completion': 'The meaning of life is a philosophical question...', 'reasoning': None}}.
    """

    data: GenerationContentData
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

        from ..models.generation_content_data import GenerationContentData

        def data_(raw__: Any) -> Any:
            data = GenerationContentData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
