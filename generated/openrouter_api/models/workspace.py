from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from uuid import UUID


@_attrs_define(slots=False, repr=False)
class Workspace(LazyModel):
    """
    Example:
        {'created_at': '2025-08-24T10:30:00Z', 'created_by': 'user_abc123', 'default_guardrail_id':
            '595d5849-7e86-51fd-a7c0-705c34e4afff', 'default_image_model': 'openai/dall-e-3', 'default_provider_sort':
            'price', 'default_text_model': 'openai/gpt-4o', 'description': 'Production environment workspace', 'id':
            '550e8400-e29b-41d4-a716-446655440000', 'include_byok_in_budgets': False, 'io_logging_api_key_ids': None,
            'io_logging_sampling_rate': 1, 'is_data_discount_logging_enabled': True, 'is_observability_broadcast_enabled':
            False, 'is_observability_io_logging_enabled': False, 'name': 'Production', 'slug': 'production', 'updated_at':
            '2025-08-24T15:45:00Z'}

    Attributes:
        created_at (str): ISO 8601 timestamp of when the workspace was created Example: 2025-08-24T10:30:00Z.
        created_by (str | None): User ID of the workspace creator Example: user_abc123.
        default_guardrail_id (UUID): Deterministic ID derived from the workspace ID. The default guardrail is
            materialized when its configuration is first written. Example: 595d5849-7e86-51fd-a7c0-705c34e4afff.
        default_image_model (str | None): Default image model for this workspace Example: openai/dall-e-3.
        default_provider_sort (str | None): Default provider sort preference (price, throughput, latency, exacto)
            Example: price.
        default_text_model (str | None): Default text model for this workspace Example: openai/gpt-4o.
        description (str | None): Description of the workspace Example: Production environment workspace.
        id (UUID): Unique identifier for the workspace Example: 550e8400-e29b-41d4-a716-446655440000.
        io_logging_api_key_ids (list[int] | None): Optional array of API key IDs to filter I/O logging. Null means all
            keys are logged.
        io_logging_sampling_rate (float): Sampling rate for I/O logging (0.0001-1). 1 means 100% of requests are logged.
            Example: 1.
        is_data_discount_logging_enabled (bool): Whether data discount logging is enabled for this workspace Example:
            True.
        is_observability_broadcast_enabled (bool): Whether broadcast is enabled for this workspace Example: False.
        is_observability_io_logging_enabled (bool): Whether private logging is enabled for this workspace Example:
            False.
        name (str): Name of the workspace Example: Production.
        slug (str): URL-friendly slug for the workspace Example: production.
        updated_at (str | None): ISO 8601 timestamp of when the workspace was last updated Example:
            2025-08-24T15:45:00Z.
        include_byok_in_budgets (bool | None): Whether BYOK (bring-your-own-key) spend counts toward this workspace's
            budgets. Set it via the workspace budget endpoints. Example: False.
    """

    created_at: str
    created_by: str | None
    default_guardrail_id: UUID
    default_image_model: str | None
    default_provider_sort: str | None
    default_text_model: str | None
    description: str | None
    id: UUID
    io_logging_api_key_ids: list[int] | None
    io_logging_sampling_rate: float
    is_data_discount_logging_enabled: bool
    is_observability_broadcast_enabled: bool
    is_observability_io_logging_enabled: bool
    name: str
    slug: str
    updated_at: str | None
    include_byok_in_budgets: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("created_at", "created_at"),
        ("created_by", "created_by"),
        ("default_guardrail_id", "default_guardrail_id"),
        ("default_image_model", "default_image_model"),
        ("default_provider_sort", "default_provider_sort"),
        ("default_text_model", "default_text_model"),
        ("description", "description"),
        ("id", "id"),
        ("io_logging_api_key_ids", "io_logging_api_key_ids"),
        ("io_logging_sampling_rate", "io_logging_sampling_rate"),
        ("is_data_discount_logging_enabled", "is_data_discount_logging_enabled"),
        ("is_observability_broadcast_enabled", "is_observability_broadcast_enabled"),
        ("is_observability_io_logging_enabled", "is_observability_io_logging_enabled"),
        ("name", "name"),
        ("slug", "slug"),
        ("updated_at", "updated_at"),
        ("include_byok_in_budgets", "include_byok_in_budgets"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "created_at",
            "created_by",
            "default_guardrail_id",
            "default_image_model",
            "default_provider_sort",
            "default_text_model",
            "description",
            "id",
            "io_logging_api_key_ids",
            "io_logging_sampling_rate",
            "is_data_discount_logging_enabled",
            "is_observability_broadcast_enabled",
            "is_observability_io_logging_enabled",
            "name",
            "slug",
            "updated_at",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from uuid import UUID

        def default_guardrail_id_(raw__: Any) -> Any:
            default_guardrail_id = UUID(raw__)

            return default_guardrail_id

        def id_(raw__: Any) -> Any:
            id = UUID(raw__)

            return id

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
            "default_guardrail_id": default_guardrail_id_,
            "id": id_,
            "io_logging_api_key_ids": io_logging_api_key_ids_,
        }
