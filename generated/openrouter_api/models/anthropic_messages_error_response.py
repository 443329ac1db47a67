from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )
    from ..models.anthropic_messages_error_response_error import (
        AnthropicMessagesErrorResponseError,
    )
    from ..models.anthropic_messages_error_response_metadata import (
        AnthropicMessagesErrorResponseMetadata,
    )
    from ..models.anthropic_messages_error_response_type import (
        AnthropicMessagesErrorResponseType,
    )


@_attrs_define(slots=False, repr=False)
class AnthropicMessagesErrorResponse(LazyModel):
    """Error response from the Anthropic Messages API

    Example:
        {'error': {'error_type': 'invalid_request', 'message': 'Invalid request: messages field is required', 'type':
            'invalid_request_error'}, 'request_id': None, 'type': 'error'}

    Attributes:
        error (AnthropicMessagesErrorResponseError):
        request_id (str | None):
        type (AnthropicMessagesErrorResponseType):
        metadata (AnthropicMessagesErrorResponseMetadata | None):
        openrouter_metadata (AdditionalToolsItemToolsItemFunctionParameters | None):
    """

    error: AnthropicMessagesErrorResponseError
    request_id: str | None
    type: AnthropicMessagesErrorResponseType
    metadata: AnthropicMessagesErrorResponseMetadata | None = ABSENT
    openrouter_metadata: AdditionalToolsItemToolsItemFunctionParameters | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("request_id", "request_id"),
        ("type", "type"),
        ("metadata", "metadata"),
        ("openrouter_metadata", "openrouter_metadata"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
            "request_id",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "error"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_tools_item_function_parameters import (
            AdditionalToolsItemToolsItemFunctionParameters,
        )
        from ..models.anthropic_messages_error_response_error import (
            AnthropicMessagesErrorResponseError,
        )
        from ..models.anthropic_messages_error_response_metadata import (
            AnthropicMessagesErrorResponseMetadata,
        )
        from ..models.anthropic_messages_error_response_type import (
            AnthropicMessagesErrorResponseType,
        )

        def error_(raw__: Any) -> Any:
            error = AnthropicMessagesErrorResponseError.from_dict(raw__)

            return error

        def type_(raw__: Any) -> Any:
            type = AnthropicMessagesErrorResponseType(raw__)

            return type

        def metadata_(raw__: Any) -> Any:
            metadata = AnthropicMessagesErrorResponseMetadata.from_dict(raw__)

            return metadata

        def openrouter_metadata_(raw__: Any) -> Any:
            def _parse_openrouter_metadata(
                data: object,
            ) -> AdditionalToolsItemToolsItemFunctionParameters | None:
                if data is None:
                    return data
                if AdditionalToolsItemToolsItemFunctionParameters.accepts(data):
                    openrouter_metadata_type_0 = (
                        AdditionalToolsItemToolsItemFunctionParameters.from_dict(data)
                    )

                    return openrouter_metadata_type_0
                if AdditionalToolsItemToolsItemFunctionParameters.discriminated_by(
                    data
                ):
                    return AdditionalToolsItemToolsItemFunctionParameters.from_dict(
                        data
                    )
                return cast(AdditionalToolsItemToolsItemFunctionParameters | None, data)

            openrouter_metadata = _parse_openrouter_metadata(raw__)

            return openrouter_metadata

        return {
            "error": error_,
            "type": type_,
            "metadata": metadata_,
            "openrouter_metadata": openrouter_metadata_,
        }
