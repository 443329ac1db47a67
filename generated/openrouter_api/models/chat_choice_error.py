from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.additional_tools_item_tools_item_function_parameters import (
        AdditionalToolsItemToolsItemFunctionParameters,
    )


@_attrs_define(slots=False, repr=False)
class ChatChoiceError(LazyModel):
    """Error of a choice whose generation failed part way (finish_reason "error")

    Attributes:
        message (str):
        code (int | str | None): HTTP-style status as an integer, or a string code
        metadata (AdditionalToolsItemToolsItemFunctionParameters | None):
    """

    message: str
    code: int | str | None = ABSENT
    metadata: AdditionalToolsItemToolsItemFunctionParameters | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("message", "message"),
        ("code", "code"),
        ("metadata", "metadata"),
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

        return {
            "metadata": metadata_,
        }
