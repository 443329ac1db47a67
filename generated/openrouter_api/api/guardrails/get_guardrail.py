"""GET /guardrails/{id}: Get a guardrail"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ...models.get_guardrail_response import GetGuardrailResponse
from ...types import ResponseLike

METHOD = "GET"
PATH = "/guardrails/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/guardrails/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> GetGuardrailResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = GetGuardrailResponse.from_dict(response.json())

    return response_200
