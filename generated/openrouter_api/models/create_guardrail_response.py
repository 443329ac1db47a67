from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.guardrail import Guardrail


@_attrs_define(slots=False, repr=False)
class CreateGuardrailResponse(LazyModel):
    """
    Example:
        {'data': {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'A guardrail for limiting API usage', 'enforce_zdr': None,
            'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True, 'enforce_zdr_other':
            False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000', 'ignored_models': None,
            'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 50, 'name': 'My New Guardrail',
            'reset_interval': 'monthly', 'updated_at': None, 'workspace_id': '0df9e665-d932-5740-b2c7-b52af166bc11'}}

    Attributes:
        data (Guardrail):  Example: {'allowed_models': None, 'allowed_providers': ['openai', 'anthropic', 'google'],
            'content_filter_builtins': [{'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}], 'content_filters': None,
            'created_at': '2025-08-24T10:30:00Z', 'description': 'Guardrail for production environment',
            'enable_free_model_publication': False, 'enable_free_model_training': True, 'enable_paid_model_training': True,
            'enforce_zdr': None, 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False, 'enforce_zdr_openai': True,
            'enforce_zdr_other': False, 'enforce_zdr_xai': False, 'id': '550e8400-e29b-41d4-a716-446655440000',
            'ignored_models': None, 'ignored_providers': None, 'include_byok_in_budgets': False, 'limit_usd': 100, 'name':
            'Production Guardrail', 'reset_interval': 'monthly', 'updated_at': '2025-08-24T15:45:00Z', 'workspace_id':
            '0df9e665-d932-5740-b2c7-b52af166bc11'}.
    """

    data: Guardrail
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

        from ..models.guardrail import Guardrail

        def data_(raw__: Any) -> Any:
            data = Guardrail.from_dict(raw__)

            return data

        return {
            "data": data_,
        }
