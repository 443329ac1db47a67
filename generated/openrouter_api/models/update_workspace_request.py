from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class UpdateWorkspaceRequest(LazyModel):
    """
    Example:
        {'name': 'Updated Workspace', 'slug': 'updated-workspace'}

    Attributes:
        default_image_model (str | None): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (str | None): Default provider sort preference (price, throughput, latency, exacto)
            Example: price.
        default_text_model (str | None): Default text model for this workspace Example: openai/gpt-4o.
        description (str | None): New description for the workspace Example: Updated description.
        io_logging_api_key_ids (list[int] | None): Optional array of API key IDs to filter I/O logging
        io_logging_sampling_rate (float | None): Sampling rate for I/O logging (0.0001-1) Example: 1.
        is_data_discount_logging_enabled (bool | None): Whether data discount logging is enabled Example: True.
        is_observability_broadcast_enabled (bool | None): Whether broadcast is enabled Example: False.
        is_observability_io_logging_enabled (bool | None): Whether private logging is enabled Example: False.
        name (str | None): New name for the workspace Example: Updated Workspace.
        slug (str | None): New URL-friendly slug (lowercase alphanumeric segments separated by single hyphens, no
            leading/trailing hyphens) Example: updated-workspace.
    """

    default_image_model: str | None = ABSENT
    default_provider_sort: str | None = ABSENT
    default_text_model: str | None = ABSENT
    description: str | None = ABSENT
    io_logging_api_key_ids: list[int] | None = ABSENT
    io_logging_sampling_rate: float | None = ABSENT
    is_data_discount_logging_enabled: bool | None = ABSENT
    is_observability_broadcast_enabled: bool | None = ABSENT
    is_observability_io_logging_enabled: bool | None = ABSENT
    name: str | None = ABSENT
    slug: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("default_image_model", "default_image_model"),
        ("default_provider_sort", "default_provider_sort"),
        ("default_text_model", "default_text_model"),
        ("description", "description"),
        ("io_logging_api_key_ids", "io_logging_api_key_ids"),
        ("io_logging_sampling_rate", "io_logging_sampling_rate"),
        ("is_data_discount_logging_enabled", "is_data_discount_logging_enabled"),
        ("is_observability_broadcast_enabled", "is_observability_broadcast_enabled"),
        ("is_observability_io_logging_enabled", "is_observability_io_logging_enabled"),
        ("name", "name"),
        ("slug", "slug"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def io_logging_api_key_ids_(raw__: Any) -> Any:
            def _parse_io_logging_api_key_ids(data: object) -> list[int] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    io_logging_api_key_ids_type_0 = cast(list[int], data)

                    return io_logging_api_key_ids_type_0
                return cast(list[int] | None, data)

            io_logging_api_key_ids = _parse_io_logging_api_key_ids(raw__)

            return io_logging_api_key_ids

        return {
            "io_logging_api_key_ids": io_logging_api_key_ids_,
        }
