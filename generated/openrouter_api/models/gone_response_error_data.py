from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )
    from ..models.error_availability import ErrorAvailability


@_attrs_define(slots=False, repr=False)
class GoneResponseErrorData(LazyModel):
    """Error data for GoneResponse

    Example:
        {'code': 410, 'message': 'The Coinbase APIs used by this endpoint have been deprecated, so the Coinbase Commerce
            credits API has been removed. Use the web credits purchase flow instead.'}

    Attributes:
        message (str):
        metadata (AdditionalToolsItemToolsItemFunctionParameters | None):
        code (int | str | None): HTTP-style status as an integer, or a string code
        error_type (str | None): Canonical error type (availability errors)
        http_status (int | None): HTTP status of the error (availability errors)
        availability (ErrorAvailability | None): Why no provider could serve the request (availability errors;
            undeclared upstream)
    """

    message: str
    metadata: AdditionalToolsItemToolsItemFunctionParameters | None = ABSENT
    code: int | str | None = ABSENT
    error_type: str | None = ABSENT
    http_status: int | None = ABSENT
    availability: ErrorAvailability | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("metadata", "metadata"),
        ("code", "code"),
        ("error_type", "error_type"),
        ("http_status", "http_status"),
        ("availability", "availability"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "message",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.additional_tools_item_tools_item_function_parameters import (
            AdditionalToolsItemToolsItemFunctionParameters,
        )
        from ..models.error_availability import ErrorAvailability

        def metadata_(raw__: Any) -> Any:
            def _parse_metadata(
                data: object,
            ) -> AdditionalToolsItemToolsItemFunctionParameters | None:
                if data is None:
                    return data
                if AdditionalToolsItemToolsItemFunctionParameters.accepts(data):
                    metadata_type_0 = (
                        AdditionalToolsItemToolsItemFunctionParameters.from_dict(data)
                    )

                    return metadata_type_0
                if AdditionalToolsItemToolsItemFunctionParameters.discriminated_by(
                    data
                ):
                    return AdditionalToolsItemToolsItemFunctionParameters.from_dict(
                        data
                    )
                return cast(AdditionalToolsItemToolsItemFunctionParameters | None, data)

            metadata = _parse_metadata(raw__)

            return metadata

        def availability_(raw__: Any) -> Any:
            availability = ErrorAvailability.from_dict(raw__)

            return availability

        return {
            "metadata": metadata_,
            "availability": availability_,
        }
