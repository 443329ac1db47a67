from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.container_auto_environment_type import ContainerAutoEnvironmentType


@_attrs_define(slots=False, repr=False)
class ContainerAutoEnvironment(LazyModel):
    """An OpenRouter-managed, auto-provisioned ephemeral container.

    Example:
        {'type': 'container_auto'}

    Attributes:
        type (ContainerAutoEnvironmentType):
    """

    type: ContainerAutoEnvironmentType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("type", "type"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "container_auto"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.container_auto_environment_type import (
            ContainerAutoEnvironmentType,
        )

        def type_(raw__: Any) -> Any:
            type = ContainerAutoEnvironmentType(raw__)

            return type

        return {
            "type": type_,
        }
