from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.byok_key import BYOKKey


@_attrs_define(slots=False, repr=False)
class UpdateBYOKKeyResponse(LazyModel):
    """
    Example:
        {'data': {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None, 'created_at':
            '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555', 'is_fallback': False,
            'label': 'sk-...AbCd', 'name': 'Updated OpenAI Key', 'provider': 'openai', 'sort_order': 0, 'workspace_id':
            '550e8400-e29b-41d4-a716-446655440000'}}

    Attributes:
        data (BYOKKey):  Example: {'allowed_api_key_hashes': None, 'allowed_models': None, 'allowed_user_ids': None,
            'created_at': '2025-08-24T10:30:00Z', 'disabled': False, 'id': '11111111-2222-3333-4444-555555555555',
            'is_fallback': False, 'label': 'sk-...AbCd', 'name': 'Production OpenAI Key', 'provider': 'openai',
            'sort_order': 0, 'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}.
    """

    data: BYOKKey
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

        from ..models.byok_key import BYOKKey

        def data_(raw__: Any) -> Any:
            data = BYOKKey.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
