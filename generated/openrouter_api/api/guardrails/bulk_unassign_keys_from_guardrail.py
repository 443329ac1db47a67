"""POST /guardrails/{id}/assignments/keys/remove: Bulk unassign keys from a guardrail"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import quote
from uuid import UUID

from ...models.bulk_unassign_keys_response import BulkUnassignKeysResponse
from ...types import ResponseLike, to_json

if TYPE_CHECKING:
    from ...models.bulk_unassign_keys_request import BulkUnassignKeysRequest

METHOD = "POST"
PATH = "/guardrails/{id}/assignments/keys/remove"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    id: UUID,
    *,
    body: BulkUnassignKeysRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/guardrails/{id}/assignments/keys/remove".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> BulkUnassignKeysResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = BulkUnassignKeysResponse.from_dict(response.json())

    return response_200
