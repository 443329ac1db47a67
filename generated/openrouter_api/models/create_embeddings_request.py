from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.create_embeddings_request_encoding_format import (
        CreateEmbeddingsRequestEncodingFormat,
    )
    from ..models.create_embeddings_request_input_item import (
        CreateEmbeddingsRequestInputItem,
    )
    from ..models.provider_preferences import ProviderPreferences


@_attrs_define(slots=False, repr=False)
class CreateEmbeddingsRequest(LazyModel):
    """Embeddings request input

    Example:
        {'dimensions': 1536, 'input': 'The quick brown fox jumps over the lazy dog', 'model': 'openai/text-
            embedding-3-small'}

    Attributes:
        input (list[CreateEmbeddingsRequestInputItem] | list[float] | list[list[float]] | list[str] | str): Text, token,
            or multimodal input(s) to embed Example: The quick brown fox jumps over the lazy dog.
        model (str): The model to use for embeddings Example: openai/text-embedding-3-small.
        dimensions (int | None): The number of dimensions for the output embeddings Example: 1536.
        encoding_format (CreateEmbeddingsRequestEncodingFormat | None): The format of the output embeddings Example:
            float.
        input_type (str | None): The type of input (e.g. search_query, search_document) Example: search_query.
        provider (ProviderPreferences | None): Provider routing preferences for the request.
        user (str | None): A unique identifier for the end-user Example: user-1234.
    """

    input: (
        list[CreateEmbeddingsRequestInputItem]
        | list[float]
        | list[list[float]]
        | list[str]
        | str
    )
    model: str
    dimensions: int | None = ABSENT
    encoding_format: CreateEmbeddingsRequestEncodingFormat | None = ABSENT
    input_type: str | None = ABSENT
    provider: ProviderPreferences | None = ABSENT
    user: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("input", "input"),
        ("model", "model"),
        ("dimensions", "dimensions"),
        ("encoding_format", "encoding_format"),
        ("input_type", "input_type"),
        ("provider", "provider"),
        ("user", "user"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "input",
            "model",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.create_embeddings_request_encoding_format import (
            CreateEmbeddingsRequestEncodingFormat,
        )
        from ..models.create_embeddings_request_input_item import (
            CreateEmbeddingsRequestInputItem,
        )
        from ..models.provider_preferences import ProviderPreferences

        def input_(raw__: Any) -> Any:
            def _parse_input(
                data: object,
            ) -> (
                list[CreateEmbeddingsRequestInputItem]
                | list[float]
                | list[list[float]]
                | list[str]
                | str
            ):
                if isinstance(data, list):
                    input_type_1 = cast(list[str], data)

                    return input_type_1
                if isinstance(data, list):
                    input_type_2 = cast(list[float], data)

                    return input_type_2
                if isinstance(data, list):
                    input_type_3 = []
                    _input_type_3 = data
                    for input_type_3_item_data in _input_type_3:
                        input_type_3_item = cast(list[float], input_type_3_item_data)

                        input_type_3.append(input_type_3_item)

                    return input_type_3
                if isinstance(data, list):
                    input_type_4 = []
                    _input_type_4 = data
                    for input_type_4_item_data in _input_type_4:
                        input_type_4_item = CreateEmbeddingsRequestInputItem.from_dict(
                            input_type_4_item_data
                        )

                        input_type_4.append(input_type_4_item)

                    return input_type_4
                return cast(
                    list[CreateEmbeddingsRequestInputItem]
                    | list[float]
                    | list[list[float]]
                    | list[str]
                    | str,
                    data,
                )

            input = _parse_input(raw__)

            return input

        def encoding_format_(raw__: Any) -> Any:
            encoding_format = CreateEmbeddingsRequestEncodingFormat(raw__)

            return encoding_format

        def provider_(raw__: Any) -> Any:
            def _parse_provider(data: object) -> None | ProviderPreferences:
                if data is None:
                    return data
                if ProviderPreferences.accepts(data):
                    provider_type_0 = ProviderPreferences.from_dict(data)

                    return provider_type_0
                if ProviderPreferences.discriminated_by(data):
                    return ProviderPreferences.from_dict(data)
                return cast(None | ProviderPreferences, data)

            provider = _parse_provider(raw__)

            return provider

        return {
            "input": input_,
            "encoding_format": encoding_format_,
            "provider": provider_,
        }
