from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.code_interpreter_call_item_status import CodeInterpreterCallItemStatus
    from ..models.code_interpreter_call_item_type import CodeInterpreterCallItemType
    from ..models.code_interpreter_file_output import CodeInterpreterFileOutput
    from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
    from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput


@_attrs_define(slots=False, repr=False)
class CodeInterpreterCallItem(LazyModel):
    """A code interpreter execution call with outputs

    Example:
        {'code': 'print("Hello, World!")', 'container_id': 'container-xyz789', 'id': 'code-abc123', 'outputs': [{'logs':
            'Hello, World!', 'type': 'logs'}], 'status': 'completed', 'type': 'code_interpreter_call'}

    Attributes:
        id (str):
        status (CodeInterpreterCallItemStatus):
        type (CodeInterpreterCallItemType):
        code (str | None):
        container_id (str | None):
        outputs (list[CodeInterpreterFileOutput | CodeInterpreterImageOutput | CodeInterpreterLogsOutput] | None):
    """

    id: str
    status: CodeInterpreterCallItemStatus
    type: CodeInterpreterCallItemType
    code: str | None = ABSENT
    container_id: str | None = ABSENT
    outputs: (
        list[
            CodeInterpreterFileOutput
            | CodeInterpreterImageOutput
            | CodeInterpreterLogsOutput
        ]
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("type", "type"),
        ("code", "code"),
        ("container_id", "container_id"),
        ("outputs", "outputs"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (
        ("type", "code_interpreter_call"),
    )

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.code_interpreter_call_item_status import (
            CodeInterpreterCallItemStatus,
        )
        from ..models.code_interpreter_call_item_type import CodeInterpreterCallItemType
        from ..models.code_interpreter_file_output import CodeInterpreterFileOutput
        from ..models.code_interpreter_image_output import CodeInterpreterImageOutput
        from ..models.code_interpreter_logs_output import CodeInterpreterLogsOutput

        def status_(raw__: Any) -> Any:
            status = CodeInterpreterCallItemStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = CodeInterpreterCallItemType(raw__)

            return type

        def outputs_(raw__: Any) -> Any:
            def _parse_outputs(
                data: object,
            ) -> (
                list[
                    CodeInterpreterFileOutput
                    | CodeInterpreterImageOutput
                    | CodeInterpreterLogsOutput
                ]
                | None
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    outputs_type_0 = []
                    _outputs_type_0 = data
                    for outputs_type_0_item_data in _outputs_type_0:

                        def _parse_outputs_type_0_item(
                            data: object,
                        ) -> (
                            CodeInterpreterFileOutput
                            | CodeInterpreterImageOutput
                            | CodeInterpreterLogsOutput
                        ):
                            if CodeInterpreterLogsOutput.accepts(data):
                                outputs_type_0_item_type_0 = (
                                    CodeInterpreterLogsOutput.from_dict(data)
                                )

                                return outputs_type_0_item_type_0
                            if CodeInterpreterImageOutput.accepts(data):
                                outputs_type_0_item_type_1 = (
                                    CodeInterpreterImageOutput.from_dict(data)
                                )

                                return outputs_type_0_item_type_1
                            if CodeInterpreterFileOutput.accepts(data):
                                outputs_type_0_item_type_2 = (
                                    CodeInterpreterFileOutput.from_dict(data)
                                )

                                return outputs_type_0_item_type_2
                            if CodeInterpreterLogsOutput.discriminated_by(data):
                                return CodeInterpreterLogsOutput.from_dict(data)
                            if CodeInterpreterImageOutput.discriminated_by(data):
                                return CodeInterpreterImageOutput.from_dict(data)
                            if CodeInterpreterFileOutput.discriminated_by(data):
                                return CodeInterpreterFileOutput.from_dict(data)
                            return cast(
                                CodeInterpreterFileOutput
                                | CodeInterpreterImageOutput
                                | CodeInterpreterLogsOutput,
                                data,
                            )

                        outputs_type_0_item = _parse_outputs_type_0_item(
                            outputs_type_0_item_data
                        )

                        outputs_type_0.append(outputs_type_0_item)

                    return outputs_type_0
                return cast(
                    list[
                        CodeInterpreterFileOutput
                        | CodeInterpreterImageOutput
                        | CodeInterpreterLogsOutput
                    ]
                    | None,
                    data,
                )

            outputs = _parse_outputs(raw__)

            return outputs

        return {
            "status": status_,
            "type": type_,
            "outputs": outputs_,
        }
