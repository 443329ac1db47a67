from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.create_auth_keys_code_response_data import (
        CreateAuthKeysCodeResponseData,
    )


@_attrs_define(slots=False, repr=False)
class CreateAuthKeysCodeResponse(LazyModel):
    """
    Example:
        {'data': {'app_id': 12345, 'created_at': '2025-08-24T10:30:00Z', 'id': 'auth_code_xyz789'}}

    Attributes:
        data (CreateAuthKeysCodeResponseData): Auth code data Example: {'app_id': 12345, 'created_at':
            '2025-08-24T10:30:00Z', 'id': 'auth_code_xyz789'}.
    """

    data: CreateAuthKeysCodeResponseData
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

        from ..models.create_auth_keys_code_response_data import (
            CreateAuthKeysCodeResponseData,
        )

        def data_(raw__: Any) -> Any:
            data = CreateAuthKeysCodeResponseData.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
