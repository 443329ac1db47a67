from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class DeleteGuardrailResponse(LazyModel):
    """
    Example:
        {'deleted': True}

    Attributes:
        deleted (bool): Confirmation that the guardrail was deleted Example: True.
    """

    deleted: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("deleted", "deleted"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "deleted",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
