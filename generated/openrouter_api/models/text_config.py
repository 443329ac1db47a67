from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.format_json_object_config import FormatJsonObjectConfig
    from ..models.format_json_schema_config import FormatJsonSchemaConfig
    from ..models.format_text_config import FormatTextConfig
    from ..models.text_config_verbosity import TextConfigVerbosity


@_attrs_define(slots=False, repr=False)
class TextConfig(LazyModel):
    """Text output configuration including format and verbosity

    Example:
        {'format': {'type': 'text'}, 'verbosity': 'medium'}

    Attributes:
        format (FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | None): Text response format
            configuration Example: {'type': 'text'}.
        verbosity (TextConfigVerbosity | None):
    """

    format: (
        FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig | None
    ) = ABSENT
    verbosity: TextConfigVerbosity | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("format", "format"),
        ("verbosity", "verbosity"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.format_json_object_config import FormatJsonObjectConfig
        from ..models.format_json_schema_config import FormatJsonSchemaConfig
        from ..models.format_text_config import FormatTextConfig
        from ..models.text_config_verbosity import TextConfigVerbosity

        def format_(raw__: Any) -> Any:
            def _parse_format(
                data: object,
            ) -> FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig:
                if FormatTextConfig.accepts(data):
                    componentsschemas_formats_type_0 = FormatTextConfig.from_dict(data)

                    return componentsschemas_formats_type_0
                if FormatJsonObjectConfig.accepts(data):
                    componentsschemas_formats_type_1 = FormatJsonObjectConfig.from_dict(
                        data
                    )

                    return componentsschemas_formats_type_1
                if FormatJsonSchemaConfig.accepts(data):
                    componentsschemas_formats_type_2 = FormatJsonSchemaConfig.from_dict(
                        data
                    )

                    return componentsschemas_formats_type_2
                if FormatTextConfig.discriminated_by(data):
                    return FormatTextConfig.from_dict(data)
                if FormatJsonObjectConfig.discriminated_by(data):
                    return FormatJsonObjectConfig.from_dict(data)
                if FormatJsonSchemaConfig.discriminated_by(data):
                    return FormatJsonSchemaConfig.from_dict(data)
                return cast(
                    FormatJsonObjectConfig | FormatJsonSchemaConfig | FormatTextConfig,
                    data,
                )

            format = _parse_format(raw__)

            return format

        def verbosity_(raw__: Any) -> Any:
            def _parse_verbosity(data: object) -> None | TextConfigVerbosity:
                if data is None:
                    return data
                if TextConfigVerbosity.is_declared(data):
                    verbosity_type_0 = TextConfigVerbosity(data)

                    return verbosity_type_0
                if isinstance(data, str):
                    return TextConfigVerbosity(data)
                return cast(None | TextConfigVerbosity, data)

            verbosity = _parse_verbosity(raw__)

            return verbosity

        return {
            "format": format_,
            "verbosity": verbosity_,
        }
