from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.datetime_server_tool_config import DatetimeServerToolConfig
    from ..models.datetime_server_tool_type import DatetimeServerToolType


@_attrs_define(slots=False, repr=False)
class DatetimeServerTool(LazyModel):
    """OpenRouter built-in server tool: returns the current date and time

    Example:
        {'parameters': {'timezone': 'America/New_York'}, 'type': 'openrouter:datetime'}

    Attributes:
        type (DatetimeServerToolType):
        parameters (DatetimeServerToolConfig | None): Configuration for the openrouter:datetime server tool Example:
            {'timezone': 'America/New_York'}.
    """

    type: DatetimeServerToolType
    parameters: DatetimeServerToolConfig | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("type", "type"),
        ("parameters", "parameters"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "openrouter:datetime"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.datetime_server_tool_config import DatetimeServerToolConfig
        from ..models.datetime_server_tool_type import DatetimeServerToolType

        def type_(raw__: Any) -> Any:
            type = DatetimeServerToolType(raw__)

            return type

        def parameters_(raw__: Any) -> Any:
            parameters = DatetimeServerToolConfig.from_dict(raw__)

            return parameters

        return {
            "type": type_,
            "parameters": parameters_,
        }
