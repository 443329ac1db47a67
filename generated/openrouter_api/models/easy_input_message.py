from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.base_inputs_item_phase import BaseInputsItemPhase
    from ..models.easy_input_message_role import EasyInputMessageRole
    from ..models.easy_input_message_type import EasyInputMessageType
    from ..models.input_audio import InputAudio
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText
    from ..models.input_video import InputVideo


@_attrs_define(slots=False, repr=False)
class EasyInputMessage(LazyModel):
    """
    Example:
        {'content': 'What is the weather today?', 'role': 'user'}

    Attributes:
        role (EasyInputMessageRole):
        content (list[InputAudio | InputFile | InputImage | InputText | InputVideo] | str | None):
        phase (BaseInputsItemPhase | None): The phase of an assistant message. Use `commentary` for an intermediate
            assistant message and `final_answer` for the final assistant message. For follow-up requests with models like
            `gpt-5.3-codex` and later, preserve and resend phase on all assistant messages. Omitting it can degrade
            performance. Not used for user messages. Example: final_answer.
        type (EasyInputMessageType | None):
    """

    role: EasyInputMessageRole
    content: (
        list[InputAudio | InputFile | InputImage | InputText | InputVideo] | str | None
    ) = ABSENT
    phase: BaseInputsItemPhase | None = ABSENT
    type: EasyInputMessageType | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("role", "role"),
        ("content", "content"),
        ("phase", "phase"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "role",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.base_inputs_item_phase import BaseInputsItemPhase
        from ..models.easy_input_message_role import EasyInputMessageRole
        from ..models.easy_input_message_type import EasyInputMessageType
        from ..models.input_audio import InputAudio
        from ..models.input_file import InputFile
        from ..models.input_image import InputImage
        from ..models.input_text import InputText
        from ..models.input_video import InputVideo

        def role_(raw__: Any) -> Any:
            role = EasyInputMessageRole(raw__)

            return role

        def content_(raw__: Any) -> Any:
            def _parse_content(
                data: object,
            ) -> (
                list[InputAudio | InputFile | InputImage | InputText | InputVideo]
                | None
                | str
            ):
                if data is None:
                    return data
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:

                        def _parse_content_type_0_item(
                            data: object,
                        ) -> (
                            InputAudio | InputFile | InputImage | InputText | InputVideo
                        ):
                            if InputText.accepts(data):
                                content_type_0_item_type_0 = InputText.from_dict(data)

                                return content_type_0_item_type_0
                            if InputImage.accepts(data):
                                content_type_0_item_type_1 = InputImage.from_dict(data)

                                return content_type_0_item_type_1
                            if InputFile.accepts(data):
                                content_type_0_item_type_2 = InputFile.from_dict(data)

                                return content_type_0_item_type_2
                            if InputAudio.accepts(data):
                                content_type_0_item_type_3 = InputAudio.from_dict(data)

                                return content_type_0_item_type_3
                            if InputVideo.accepts(data):
                                content_type_0_item_type_4 = InputVideo.from_dict(data)

                                return content_type_0_item_type_4
                            if InputText.discriminated_by(data):
                                return InputText.from_dict(data)
                            if InputImage.discriminated_by(data):
                                return InputImage.from_dict(data)
                            if InputFile.discriminated_by(data):
                                return InputFile.from_dict(data)
                            if InputAudio.discriminated_by(data):
                                return InputAudio.from_dict(data)
                            if InputVideo.discriminated_by(data):
                                return InputVideo.from_dict(data)
                            return cast(
                                InputAudio
                                | InputFile
                                | InputImage
                                | InputText
                                | InputVideo,
                                data,
                            )

                        content_type_0_item = _parse_content_type_0_item(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                return cast(
                    list[InputAudio | InputFile | InputImage | InputText | InputVideo]
                    | None
                    | str,
                    data,
                )

            content = _parse_content(raw__)

            return content

        def phase_(raw__: Any) -> Any:
            def _parse_phase(data: object) -> BaseInputsItemPhase | None:
                if data is None:
                    return data
                if BaseInputsItemPhase.is_declared(data):
                    phase_type_0 = BaseInputsItemPhase(data)

                    return phase_type_0
                if isinstance(data, str):
                    return BaseInputsItemPhase(data)
                return cast(BaseInputsItemPhase | None, data)

            phase = _parse_phase(raw__)

            return phase

        def type_(raw__: Any) -> Any:
            type = EasyInputMessageType(raw__)

            return type

        return {
            "role": role_,
            "content": content_,
            "phase": phase_,
            "type": type_,
        }
