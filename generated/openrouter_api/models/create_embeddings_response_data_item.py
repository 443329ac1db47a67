from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.create_embeddings_response_data_item_object import (
        CreateEmbeddingsResponseDataItemObject,
    )


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsResponseDataItem(LazyModel):
    """A single embedding object

    Example:
        {'embedding': [0.0023064255, -0.009327292, 0.015797347], 'index': 0, 'object': 'embedding'}

    Attributes:
        embedding (list[float] | str): Embedding vector as an array of floats or a base64 string Example: [0.0023064255,
            -0.009327292, 0.015797347].
        object (CreateEmbeddingsResponseDataItemObject):
        index (int | None): Index of the embedding in the input list Example: 0.
    """

    embedding: list[float] | str
    object: CreateEmbeddingsResponseDataItemObject
    index: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("embedding", "embedding"),
        ("object", "object"),
        ("index", "index"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "embedding",
            "object",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("object", "embedding"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.create_embeddings_response_data_item_object import (
            CreateEmbeddingsResponseDataItemObject,
        )

        def embedding_(raw__: Any) -> Any:
            def _parse_embedding(data: object) -> list[float] | str:
                if isinstance(data, list):
                    embedding_type_0 = cast(list[float], data)

                    return embedding_type_0
                return cast(list[float] | str, data)

            embedding = _parse_embedding(raw__)

            return embedding

        def object_(raw__: Any) -> Any:
            object = CreateEmbeddingsResponseDataItemObject(raw__)

            return object

        return {
            "embedding": embedding_,
            "object": object_,
        }
