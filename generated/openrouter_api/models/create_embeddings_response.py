from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.create_embeddings_response_data_item import (
        CreateEmbeddingsResponseDataItem,
    )
    from ..models.create_embeddings_response_object import (
        CreateEmbeddingsResponseObject,
    )
    from ..models.create_embeddings_response_usage import CreateEmbeddingsResponseUsage


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsResponse(LazyModel):
    """Embeddings response containing embedding vectors

    Example:
        {'data': [{'embedding': [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}], 'model':
            'openai/text-embedding-3-small', 'object': 'list', 'usage': {'prompt_tokens': 8, 'total_tokens': 8}}

    Attributes:
        data (list[CreateEmbeddingsResponseDataItem]): List of embedding objects Example: [{'embedding': [0.0023064255,
            -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}].
        model (str): The model used for embeddings Example: openai/text-embedding-3-small.
        object (CreateEmbeddingsResponseObject):
        id (str | None): Unique identifier for the embeddings response Example: embd-1234567890.
        usage (CreateEmbeddingsResponseUsage | None): Token usage statistics Example: {'prompt_tokens': 8,
            'total_tokens': 8}.
    """

    data: list[CreateEmbeddingsResponseDataItem]
    model: str
    object: CreateEmbeddingsResponseObject
    id: str | None = ABSENT
    usage: CreateEmbeddingsResponseUsage | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("model", "model"),
        ("object", "object"),
        ("id", "id"),
        ("usage", "usage"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "model",
            "object",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("object", "list"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.create_embeddings_response_data_item import (
            CreateEmbeddingsResponseDataItem,
        )
        from ..models.create_embeddings_response_object import (
            CreateEmbeddingsResponseObject,
        )
        from ..models.create_embeddings_response_usage import (
            CreateEmbeddingsResponseUsage,
        )

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:
                data_item = CreateEmbeddingsResponseDataItem.from_dict(data_item_data)

                data.append(data_item)

            return data

        def object_(raw__: Any) -> Any:
            object = CreateEmbeddingsResponseObject(raw__)

            return object

        def usage_(raw__: Any) -> Any:
            usage = CreateEmbeddingsResponseUsage.from_dict(raw__)

            return usage

        return {
            "data": data_,
            "object": object_,
            "usage": usage_,
        }
