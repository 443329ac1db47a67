from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "arize",
        "braintrust",
        "clickhouse",
        "datadog",
        "grafana",
        "langfuse",
        "langsmith",
        "newrelic",
        "opik",
        "otel-collector",
        "posthog",
        "ramp",
        "s3",
        "sentry",
        "snowflake",
        "weave",
        "webhook",
    }
)


class CreateObservabilityDestinationRequestType(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    ARIZE = "arize"
    BRAINTRUST = "braintrust"
    CLICKHOUSE = "clickhouse"
    DATADOG = "datadog"
    GRAFANA = "grafana"
    LANGFUSE = "langfuse"
    LANGSMITH = "langsmith"
    NEWRELIC = "newrelic"
    OPIK = "opik"
    OTEL_COLLECTOR = "otel-collector"
    POSTHOG = "posthog"
    RAMP = "ramp"
    S3 = "s3"
    SENTRY = "sentry"
    SNOWFLAKE = "snowflake"
    WEAVE = "weave"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
