"""PATCH /guardrails/{id}: Update a guardrail"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ...models.update_guardrail_response import UpdateGuardrailResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.update_guardrail_request import UpdateGuardrailRequest

METHOD = "PATCH"
PATH = "/guardrails/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
    *,
    body: UpdateGuardrailRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/guardrails/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> UpdateGuardrailResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = UpdateGuardrailResponse.from_dict(response.json())

    return response_200
