from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.stored_prompt_template_variables import StoredPromptTemplateVariables


@_attrs_define(slots=False, repr=False)
class StoredPromptTemplate(LazyModel):
    """
    Example:
        {'id': 'prompt-abc123', 'variables': {'name': 'John'}}

    Attributes:
        id (str):
        variables (StoredPromptTemplateVariables | None):
    """

    id: str
    variables: StoredPromptTemplateVariables | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("variables", "variables"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.stored_prompt_template_variables import (
            StoredPromptTemplateVariables,
        )

        def variables_(raw__: Any) -> Any:
            def _parse_variables(data: object) -> None | StoredPromptTemplateVariables:
                if data is None:
                    return data
                if StoredPromptTemplateVariables.accepts(data):
                    variables_type_0 = StoredPromptTemplateVariables.from_dict(data)

                    return variables_type_0
                if StoredPromptTemplateVariables.discriminated_by(data):
                    return StoredPromptTemplateVariables.from_dict(data)
                return cast(None | StoredPromptTemplateVariables, data)

            variables = _parse_variables(raw__)

            return variables

        return {
            "variables": variables_,
        }
