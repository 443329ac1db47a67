from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.observability_arize_destination import ObservabilityArizeDestination
    from ..models.observability_braintrust_destination import (
        ObservabilityBraintrustDestination,
    )
    from ..models.observability_clickhouse_destination import (
        ObservabilityClickhouseDestination,
    )
    from ..models.observability_datadog_destination import (
        ObservabilityDatadogDestination,
    )
    from ..models.observability_grafana_destination import (
        ObservabilityGrafanaDestination,
    )
    from ..models.observability_langfuse_destination import (
        ObservabilityLangfuseDestination,
    )
    from ..models.observability_langsmith_destination import (
        ObservabilityLangsmithDestination,
    )
    from ..models.observability_newrelic_destination import (
        ObservabilityNewrelicDestination,
    )
    from ..models.observability_opik_destination import ObservabilityOpikDestination
    from ..models.observability_otel_collector_destination import (
        ObservabilityOtelCollectorDestination,
    )
    from ..models.observability_posthog_destination import (
        ObservabilityPosthogDestination,
    )
    from ..models.observability_ramp_destination import ObservabilityRampDestination
    from ..models.observability_s3_destination import ObservabilityS3Destination
    from ..models.observability_sentry_destination import ObservabilitySentryDestination
    from ..models.observability_snowflake_destination import (
        ObservabilitySnowflakeDestination,
    )
    from ..models.observability_weave_destination import ObservabilityWeaveDestination
    from ..models.observability_webhook_destination import (
        ObservabilityWebhookDestination,
    )


@_attrs_define(slots=False, repr=False)
class ListObservabilityDestinationsResponse(LazyModel):
    """
    Example:
        {'data': [{'api_key_hashes': None, 'broadcast_generation_cost': False, 'broadcast_generation_identity': False,
            'broadcast_generation_request_context': False, 'config': {'baseUrl': 'https://us.cloud.langfuse.com',
            'publicKey': 'pk-l...EfGh', 'secretKey': 'sk-l...AbCd'}, 'created_at': '2025-08-24T10:30:00Z', 'enabled': True,
            'filter_rules': None, 'id': '99999999-aaaa-bbbb-cccc-dddddddddddd', 'name': 'Production Langfuse',
            'privacy_mode': False, 'sampling_rate': 1, 'type': 'langfuse', 'updated_at': '2025-08-24T15:45:00Z',
            'workspace_id': '550e8400-e29b-41d4-a716-446655440000'}], 'total_count': 1}

    Attributes:
        data (list[ObservabilityArizeDestination | ObservabilityBraintrustDestination |
            ObservabilityClickhouseDestination | ObservabilityDatadogDestination | ObservabilityGrafanaDestination |
            ObservabilityLangfuseDestination | ObservabilityLangsmithDestination | ObservabilityNewrelicDestination |
            ObservabilityOpikDestination | ObservabilityOtelCollectorDestination | ObservabilityPosthogDestination |
            ObservabilityRampDestination | ObservabilityS3Destination | ObservabilitySentryDestination |
            ObservabilitySnowflakeDestination | ObservabilityWeaveDestination | ObservabilityWebhookDestination]): List of
            observability destinations.
        total_count (int): Total number of destinations matching the filters. Example: 1.
    """

    data: list[
        ObservabilityArizeDestination
        | ObservabilityBraintrustDestination
        | ObservabilityClickhouseDestination
        | ObservabilityDatadogDestination
        | ObservabilityGrafanaDestination
        | ObservabilityLangfuseDestination
        | ObservabilityLangsmithDestination
        | ObservabilityNewrelicDestination
        | ObservabilityOpikDestination
        | ObservabilityOtelCollectorDestination
        | ObservabilityPosthogDestination
        | ObservabilityRampDestination
        | ObservabilityS3Destination
        | ObservabilitySentryDestination
        | ObservabilitySnowflakeDestination
        | ObservabilityWeaveDestination
        | ObservabilityWebhookDestination
    ]
    total_count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("data", "data"),
        ("total_count", "total_count"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
            "total_count",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "data",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_arize_destination import (
            ObservabilityArizeDestination,
        )
        from ..models.observability_braintrust_destination import (
            ObservabilityBraintrustDestination,
        )
        from ..models.observability_clickhouse_destination import (
            ObservabilityClickhouseDestination,
        )
        from ..models.observability_datadog_destination import (
            ObservabilityDatadogDestination,
        )
        from ..models.observability_grafana_destination import (
            ObservabilityGrafanaDestination,
        )
        from ..models.observability_langfuse_destination import (
            ObservabilityLangfuseDestination,
        )
        from ..models.observability_langsmith_destination import (
            ObservabilityLangsmithDestination,
        )
        from ..models.observability_newrelic_destination import (
            ObservabilityNewrelicDestination,
        )
        from ..models.observability_opik_destination import ObservabilityOpikDestination
        from ..models.observability_otel_collector_destination import (
            ObservabilityOtelCollectorDestination,
        )
        from ..models.observability_posthog_destination import (
            ObservabilityPosthogDestination,
        )
        from ..models.observability_ramp_destination import ObservabilityRampDestination
        from ..models.observability_s3_destination import ObservabilityS3Destination
        from ..models.observability_sentry_destination import (
            ObservabilitySentryDestination,
        )
        from ..models.observability_snowflake_destination import (
            ObservabilitySnowflakeDestination,
        )
        from ..models.observability_weave_destination import (
            ObservabilityWeaveDestination,
        )
        from ..models.observability_webhook_destination import (
            ObservabilityWebhookDestination,
        )

        def data_(raw__: Any) -> Any:
            data = []
            _data = raw__
            for data_item_data in _data:

                def _parse_data_item(
                    data: object,
                ) -> (
                    ObservabilityArizeDestination
                    | ObservabilityBraintrustDestination
                    | ObservabilityClickhouseDestination
                    | ObservabilityDatadogDestination
                    | ObservabilityGrafanaDestination
                    | ObservabilityLangfuseDestination
                    | ObservabilityLangsmithDestination
                    | ObservabilityNewrelicDestination
                    | ObservabilityOpikDestination
                    | ObservabilityOtelCollectorDestination
                    | ObservabilityPosthogDestination
                    | ObservabilityRampDestination
                    | ObservabilityS3Destination
                    | ObservabilitySentryDestination
                    | ObservabilitySnowflakeDestination
                    | ObservabilityWeaveDestination
                    | ObservabilityWebhookDestination
                ):
                    if ObservabilityArizeDestination.accepts(data):
                        componentsschemas_observability_destination_type_0 = (
                            ObservabilityArizeDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_0
                    if ObservabilityBraintrustDestination.accepts(data):
                        componentsschemas_observability_destination_type_1 = (
                            ObservabilityBraintrustDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_1
                    if ObservabilityClickhouseDestination.accepts(data):
                        componentsschemas_observability_destination_type_2 = (
                            ObservabilityClickhouseDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_2
                    if ObservabilityDatadogDestination.accepts(data):
                        componentsschemas_observability_destination_type_3 = (
                            ObservabilityDatadogDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_3
                    if ObservabilityGrafanaDestination.accepts(data):
                        componentsschemas_observability_destination_type_4 = (
                            ObservabilityGrafanaDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_4
                    if ObservabilityLangfuseDestination.accepts(data):
                        componentsschemas_observability_destination_type_5 = (
                            ObservabilityLangfuseDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_5
                    if ObservabilityLangsmithDestination.accepts(data):
                        componentsschemas_observability_destination_type_6 = (
                            ObservabilityLangsmithDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_6
                    if ObservabilityNewrelicDestination.accepts(data):
                        componentsschemas_observability_destination_type_7 = (
                            ObservabilityNewrelicDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_7
                    if ObservabilityOpikDestination.accepts(data):
                        componentsschemas_observability_destination_type_8 = (
                            ObservabilityOpikDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_8
                    if ObservabilityOtelCollectorDestination.accepts(data):
                        componentsschemas_observability_destination_type_9 = (
                            ObservabilityOtelCollectorDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_9
                    if ObservabilityPosthogDestination.accepts(data):
                        componentsschemas_observability_destination_type_10 = (
                            ObservabilityPosthogDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_10
                    if ObservabilityRampDestination.accepts(data):
                        componentsschemas_observability_destination_type_11 = (
                            ObservabilityRampDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_11
                    if ObservabilityS3Destination.accepts(data):
                        componentsschemas_observability_destination_type_12 = (
                            ObservabilityS3Destination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_12
                    if ObservabilitySentryDestination.accepts(data):
                        componentsschemas_observability_destination_type_13 = (
                            ObservabilitySentryDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_13
                    if ObservabilitySnowflakeDestination.accepts(data):
                        componentsschemas_observability_destination_type_14 = (
                            ObservabilitySnowflakeDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_14
                    if ObservabilityWeaveDestination.accepts(data):
                        componentsschemas_observability_destination_type_15 = (
                            ObservabilityWeaveDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_15
                    if ObservabilityWebhookDestination.accepts(data):
                        componentsschemas_observability_destination_type_16 = (
                            ObservabilityWebhookDestination.from_dict(data)
                        )

                        return componentsschemas_observability_destination_type_16
                    if ObservabilityArizeDestination.discriminated_by(data):
                        return ObservabilityArizeDestination.from_dict(data)
                    if ObservabilityBraintrustDestination.discriminated_by(data):
                        return ObservabilityBraintrustDestination.from_dict(data)
                    if ObservabilityClickhouseDestination.discriminated_by(data):
                        return ObservabilityClickhouseDestination.from_dict(data)
                    if ObservabilityDatadogDestination.discriminated_by(data):
                        return ObservabilityDatadogDestination.from_dict(data)
                    if ObservabilityGrafanaDestination.discriminated_by(data):
                        return ObservabilityGrafanaDestination.from_dict(data)
                    if ObservabilityLangfuseDestination.discriminated_by(data):
                        return ObservabilityLangfuseDestination.from_dict(data)
                    if ObservabilityLangsmithDestination.discriminated_by(data):
                        return ObservabilityLangsmithDestination.from_dict(data)
                    if ObservabilityNewrelicDestination.discriminated_by(data):
                        return ObservabilityNewrelicDestination.from_dict(data)
                    if ObservabilityOpikDestination.discriminated_by(data):
                        return ObservabilityOpikDestination.from_dict(data)
                    if ObservabilityOtelCollectorDestination.discriminated_by(data):
                        return ObservabilityOtelCollectorDestination.from_dict(data)
                    if ObservabilityPosthogDestination.discriminated_by(data):
                        return ObservabilityPosthogDestination.from_dict(data)
                    if ObservabilityRampDestination.discriminated_by(data):
                        return ObservabilityRampDestination.from_dict(data)
                    if ObservabilityS3Destination.discriminated_by(data):
                        return ObservabilityS3Destination.from_dict(data)
                    if ObservabilitySentryDestination.discriminated_by(data):
                        return ObservabilitySentryDestination.from_dict(data)
                    if ObservabilitySnowflakeDestination.discriminated_by(data):
                        return ObservabilitySnowflakeDestination.from_dict(data)
                    if ObservabilityWeaveDestination.discriminated_by(data):
                        return ObservabilityWeaveDestination.from_dict(data)
                    if ObservabilityWebhookDestination.discriminated_by(data):
                        return ObservabilityWebhookDestination.from_dict(data)
                    return cast(
                        ObservabilityArizeDestination
                        | ObservabilityBraintrustDestination
                        | ObservabilityClickhouseDestination
                        | ObservabilityDatadogDestination
                        | ObservabilityGrafanaDestination
                        | ObservabilityLangfuseDestination
                        | ObservabilityLangsmithDestination
                        | ObservabilityNewrelicDestination
                        | ObservabilityOpikDestination
                        | ObservabilityOtelCollectorDestination
                        | ObservabilityPosthogDestination
                        | ObservabilityRampDestination
                        | ObservabilityS3Destination
                        | ObservabilitySentryDestination
                        | ObservabilitySnowflakeDestination
                        | ObservabilityWeaveDestination
                        | ObservabilityWebhookDestination,
                        data,
                    )

                data_item = _parse_data_item(data_item_data)

                data.append(data_item)

            return data

        return {
            "data": data_,
        }
