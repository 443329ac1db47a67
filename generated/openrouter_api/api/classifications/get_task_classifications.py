"""GET /classifications/task: Task classification market share"""

from __future__ import annotations

from typing import Any

from ...models.get_task_classifications_window import GetTaskClassificationsWindow
from ...models.task_classification_response import TaskClassificationResponse
from ...types import UNSET, ResponseLike, Unset

METHOD = "GET"
PATH = "/classifications/task"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    window: GetTaskClassificationsWindow | Unset = GetTaskClassificationsWindow.VALUE_0,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_window: str | Unset = UNSET
    if not isinstance(window, Unset):
        json_window = window.value

    params["window"] = json_window

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/classifications/task",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> TaskClassificationResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = TaskClassificationResponse.from_dict(response.json())

    return response_200
