from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_server_tool_container_memory_limit import (
        CodeInterpreterServerToolContainerMemoryLimit,
    )
    from ..models.code_interpreter_server_tool_container_type import (
        CodeInterpreterServerToolContainerType,
    )


@_attrs_define(slots=False, repr=False)
class CodeInterpreterServerToolContainer(LazyModel):
    """
    Attributes:
        type (CodeInterpreterServerToolContainerType):
        file_ids (list[str] | None):
        memory_limit (CodeInterpreterServerToolContainerMemoryLimit | None):
    """

    type: CodeInterpreterServerToolContainerType
    file_ids: list[str] | None = ABSENT
    memory_limit: CodeInterpreterServerToolContainerMemoryLimit | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("file_ids", "file_ids"),
        ("memory_limit", "memory_limit"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "auto"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.code_interpreter_server_tool_container_memory_limit import (
            CodeInterpreterServerToolContainerMemoryLimit,
        )
        from ..models.code_interpreter_server_tool_container_type import (
            CodeInterpreterServerToolContainerType,
        )

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterServerToolContainerType(raw__)

            return type

        def file_ids_(raw__: Any) -> Any:
            file_ids = cast(list[str], raw__)

            return file_ids

        def memory_limit_(raw__: Any) -> Any:
            def _parse_memory_limit(
                data: object,
            ) -> CodeInterpreterServerToolContainerMemoryLimit | None:
                if data is None:
                    return data
                if CodeInterpreterServerToolContainerMemoryLimit.is_declared(data):
                    memory_limit_type_0 = CodeInterpreterServerToolContainerMemoryLimit(
                        data
                    )

                    return memory_limit_type_0
                if isinstance(data, str):
                    return CodeInterpreterServerToolContainerMemoryLimit(data)
                return cast(CodeInterpreterServerToolContainerMemoryLimit | None, data)

            memory_limit = _parse_memory_limit(raw__)

            return memory_limit

        return {
            "type": type_,
            "file_ids": file_ids_,
            "memory_limit": memory_limit_,
        }
