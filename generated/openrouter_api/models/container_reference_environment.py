from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.container_reference_environment_type import (
        ContainerReferenceEnvironmentType,
    )


@_attrs_define(slots=False, repr=False)
class ContainerReferenceEnvironment(LazyModel):
    """Reference to a previously created container to reuse.

    Example:
        {'container_id': 'cntr_abc123', 'type': 'container_reference'}

    Attributes:
        container_id (str): Identifier of an existing container to reuse (max 20 characters). Example: cntr_abc123.
        type (ContainerReferenceEnvironmentType):
    """

    container_id: str
    type: ContainerReferenceEnvironmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container_id", "container_id"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "container_id",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "container_reference"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.container_reference_environment_type import (
            ContainerReferenceEnvironmentType,
        )

        def type_(raw__: Any) -> Any:
            type = ContainerReferenceEnvironmentType(raw__)

            return type

        return {
            "type": type_,
        }
