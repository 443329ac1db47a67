"""DELETE /observability/destinations/{id}: Delete an observability destination"""

from __future__ import annotations

from typing import Any
from urllib.parse import quote
from uuid import UUID

from ...models.delete_observability_destination_response import (
    DeleteObservabilityDestinationResponse,
)
from ...types import ResponseLike

METHOD = "DELETE"
PATH = "/observability/destinations/{id}"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    _kwargs: dict[str, Any] = {
        "method": "delete",
        "url": "/observability/destinations/{id}".format(
            id=quote(str(id), safe=""),
        ),
    }

    return _kwargs


def parse_success(response: ResponseLike) -> DeleteObservabilityDestinationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = DeleteObservabilityDestinationResponse.from_dict(response.json())

    return response_200
