from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.create_rerank_request_documents_item import (
        CreateRerankRequestDocumentsItem,
    )
    from ..models.provider_preferences import ProviderPreferences


@_attrs_define(slots=False, repr=False)
class CreateRerankRequest(LazyModel):
    """Rerank request input

    Example:
        {'documents': ['Paris is the capital of France.', 'Berlin is the capital of Germany.'], 'model':
            'cohere/rerank-v3.5', 'query': 'What is the capital of France?', 'top_n': 3}

    Attributes:
        documents (list[CreateRerankRequestDocumentsItem | str]): The list of documents to rerank. Documents may be
            plain strings, or structured objects with `text` and/or `image` for multimodal models. Example: ['Paris is the
            capital of France.', 'Berlin is the capital of Germany.'].
        model (str): The rerank model to use Example: cohere/rerank-v3.5.
        query (str): The search query to rerank documents against Example: What is the capital of France?.
        provider (ProviderPreferences | None): Provider routing preferences for the request.
        top_n (int | None): Number of most relevant documents to return Example: 3.
    """

    documents: list[CreateRerankRequestDocumentsItem | str]
    model: str
    query: str
    provider: ProviderPreferences | None = ABSENT
    top_n: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("documents", "documents"),
        ("model", "model"),
        ("query", "query"),
        ("provider", "provider"),
        ("top_n", "top_n"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "documents",
            "model",
            "query",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "documents",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.create_rerank_request_documents_item import (
            CreateRerankRequestDocumentsItem,
        )
        from ..models.provider_preferences import ProviderPreferences

        def documents_(raw__: Any) -> Any:
            documents = []
            _documents = raw__
            for documents_item_data in _documents:

                def _parse_documents_item(
                    data: object,
                ) -> CreateRerankRequestDocumentsItem | str:
                    if CreateRerankRequestDocumentsItem.accepts(data):
                        documents_item_type_1 = (
                            CreateRerankRequestDocumentsItem.from_dict(data)
                        )

                        return documents_item_type_1
                    if CreateRerankRequestDocumentsItem.discriminated_by(data):
                        return CreateRerankRequestDocumentsItem.from_dict(data)
                    return cast(CreateRerankRequestDocumentsItem | str, data)

                documents_item = _parse_documents_item(documents_item_data)

                documents.append(documents_item)

            return documents

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
            "documents": documents_,
            "provider": provider_,
        }
