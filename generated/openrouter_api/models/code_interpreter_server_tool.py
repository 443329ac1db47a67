from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_server_tool_container import (
        CodeInterpreterServerToolContainer,
    )
    from ..models.code_interpreter_server_tool_type import CodeInterpreterServerToolType


@_attrs_define(slots=False, repr=False)
class CodeInterpreterServerTool(LazyModel):
    """Code interpreter tool configuration

    Example:
        {'container': 'auto', 'type': 'code_interpreter'}

    Attributes:
        container (CodeInterpreterServerToolContainer | str):
        type (CodeInterpreterServerToolType):
    """

    container: CodeInterpreterServerToolContainer | str
    type: CodeInterpreterServerToolType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("container", "container"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "container",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "code_interpreter"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.code_interpreter_server_tool_container import (
            CodeInterpreterServerToolContainer,
        )
        from ..models.code_interpreter_server_tool_type import (
            CodeInterpreterServerToolType,
        )

        def container_(raw__: Any) -> Any:
            def _parse_container(
                data: object,
            ) -> CodeInterpreterServerToolContainer | str:
                if CodeInterpreterServerToolContainer.accepts(data):
                    container_type_1 = CodeInterpreterServerToolContainer.from_dict(
                        data
                    )

                    return container_type_1
                if CodeInterpreterServerToolContainer.discriminated_by(data):
                    return CodeInterpreterServerToolContainer.from_dict(data)
                return cast(CodeInterpreterServerToolContainer | str, data)

            container = _parse_container(raw__)

            return container

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterServerToolType(raw__)

            return type

        return {
            "container": container_,
            "type": type_,
        }
