from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ActivityItem(LazyModel):
    """
    Example:
        {'byok_usage_inference': 0.012, 'completion_tokens': 125, 'date': '2025-08-24', 'endpoint_id':
            '550e8400-e29b-41d4-a716-446655440000', 'model': 'openai/gpt-4.1', 'model_permaslug':
            'openai/gpt-4.1-2025-04-14', 'prompt_tokens': 50, 'provider_name': 'OpenAI', 'reasoning_tokens': 25, 'requests':
            5, 'usage': 0.015}

    Attributes:
        byok_usage_inference (float): BYOK inference cost in USD (external credits spent) Example: 0.012.
        completion_tokens (int): Total completion tokens generated Example: 125.
        date (str): Date of the activity (YYYY-MM-DD format) Example: 2025-08-24.
        endpoint_id (str): Unique identifier for the endpoint Example: 550e8400-e29b-41d4-a716-446655440000.
        model (str): Model slug (e.g., "openai/gpt-4.1") Example: openai/gpt-4.1.
        model_permaslug (str): Model permaslug (e.g., "openai/gpt-4.1-2025-04-14") Example: openai/gpt-4.1-2025-04-14.
        prompt_tokens (int): Total prompt tokens used Example: 50.
        provider_name (str): Name of the provider serving this endpoint Example: OpenAI.
        reasoning_tokens (int): Total reasoning tokens used Example: 25.
        requests (int): Number of requests made Example: 5.
        usage (float): Total cost in USD (OpenRouter credits spent) Example: 0.015.
        workspace_id (str | None): ID of the workspace this activity is attributed to. Only present when
            `group_by=workspace` is passed; the response is then split per workspace. Activity recorded before workspace
            resolution existed is attributed to the account default workspace. Example:
            550e8400-e29b-41d4-a716-446655440000.
    """

    byok_usage_inference: float
    completion_tokens: int
    date: str
    endpoint_id: str
    model: str
    model_permaslug: str
    prompt_tokens: int
    provider_name: str
    reasoning_tokens: int
    requests: int
    usage: float
    workspace_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("byok_usage_inference", "byok_usage_inference"),
        ("completion_tokens", "completion_tokens"),
        ("date", "date"),
        ("endpoint_id", "endpoint_id"),
        ("model", "model"),
        ("model_permaslug", "model_permaslug"),
        ("prompt_tokens", "prompt_tokens"),
        ("provider_name", "provider_name"),
        ("reasoning_tokens", "reasoning_tokens"),
        ("requests", "requests"),
        ("usage", "usage"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "byok_usage_inference",
            "completion_tokens",
            "date",
            "endpoint_id",
            "model",
            "model_permaslug",
            "prompt_tokens",
            "provider_name",
            "reasoning_tokens",
            "requests",
            "usage",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
