from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )
    from ..models.not_found_response_error_data import NotFoundResponseErrorData


@_attrs_define(slots=False, repr=False)
class NotFoundResponse(LazyModel):
    """Not Found - Resource does not exist

    Example:
        {'error': {'code': 404, 'message': 'Resource not found'}}

    Attributes:
        error (NotFoundResponseErrorData): Error data for NotFoundResponse Example: {'code': 404, 'message': 'Resource
            not found'}.
        openrouter_metadata (AdditionalToolsItemToolsItemFunctionParameters | None):
        user_id (str | None):
    """

    error: NotFoundResponseErrorData
    openrouter_metadata: AdditionalToolsItemToolsItemFunctionParameters | None = ABSENT
    user_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("error", "error"),
        ("openrouter_metadata", "openrouter_metadata"),
        ("user_id", "user_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "error",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_tools_item_function_parameters import (
            AdditionalToolsItemToolsItemFunctionParameters,
        )
        from ..models.not_found_response_error_data import NotFoundResponseErrorData

        def error_(raw__: Any) -> Any:
            error = NotFoundResponseErrorData.from_dict(raw__)

            return error

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
            "openrouter_metadata": openrouter_metadata_,
        }
