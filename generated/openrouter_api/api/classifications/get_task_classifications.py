"""GET /classifications/task: Task classification market share"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.get_task_classifications_window import GetTaskClassificationsWindow
from ...models.internal_server_response import InternalServerResponse
from ...models.task_classification_response import TaskClassificationResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

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


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TaskClassificationResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = TaskClassificationResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TaskClassificationResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    window: GetTaskClassificationsWindow | Unset = GetTaskClassificationsWindow.VALUE_0,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TaskClassificationResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Task classification market share

     Returns the market-share breakdown of OpenRouter traffic by task classification
    (e.g. code generation, web search, summarization) over a trailing time window.

    Each classification reports its share of classified sampled requests (`usage_share`)
    and classified sampled token volume (`token_share`) as fractions between 0 and 1.
    The unclassified `other` bucket is excluded. Absolute volumes are not exposed
    because the underlying data is sampled.

    Each classification also includes a `models` array listing the top models by
    request volume within that classification, with their within-tag usage and token shares.

    Classifications are grouped into macro-categories (Code, Data, Agent, General)
    with aggregate shares provided for each.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this data, cite as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Args:
        window (GetTaskClassificationsWindow | Unset): Trailing time window for the classification
            data. Currently only `7d` (trailing 7 days) is supported. Default:
            GetTaskClassificationsWindow.VALUE_0. Example: 7d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | TaskClassificationResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        window=window,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    window: GetTaskClassificationsWindow | Unset = GetTaskClassificationsWindow.VALUE_0,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TaskClassificationResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Task classification market share

     Returns the market-share breakdown of OpenRouter traffic by task classification
    (e.g. code generation, web search, summarization) over a trailing time window.

    Each classification reports its share of classified sampled requests (`usage_share`)
    and classified sampled token volume (`token_share`) as fractions between 0 and 1.
    The unclassified `other` bucket is excluded. Absolute volumes are not exposed
    because the underlying data is sampled.

    Each classification also includes a `models` array listing the top models by
    request volume within that classification, with their within-tag usage and token shares.

    Classifications are grouped into macro-categories (Code, Data, Agent, General)
    with aggregate shares provided for each.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this data, cite as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Args:
        window (GetTaskClassificationsWindow | Unset): Trailing time window for the classification
            data. Currently only `7d` (trailing 7 days) is supported. Default:
            GetTaskClassificationsWindow.VALUE_0. Example: 7d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | TaskClassificationResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        window=window,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    window: GetTaskClassificationsWindow | Unset = GetTaskClassificationsWindow.VALUE_0,
) -> Response[
    BadRequestResponse
    | InternalServerResponse
    | TaskClassificationResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Task classification market share

     Returns the market-share breakdown of OpenRouter traffic by task classification
    (e.g. code generation, web search, summarization) over a trailing time window.

    Each classification reports its share of classified sampled requests (`usage_share`)
    and classified sampled token volume (`token_share`) as fractions between 0 and 1.
    The unclassified `other` bucket is excluded. Absolute volumes are not exposed
    because the underlying data is sampled.

    Each classification also includes a `models` array listing the top models by
    request volume within that classification, with their within-tag usage and token shares.

    Classifications are grouped into macro-categories (Code, Data, Agent, General)
    with aggregate shares provided for each.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this data, cite as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Args:
        window (GetTaskClassificationsWindow | Unset): Trailing time window for the classification
            data. Currently only `7d` (trailing 7 days) is supported. Default:
            GetTaskClassificationsWindow.VALUE_0. Example: 7d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | InternalServerResponse | TaskClassificationResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        window=window,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    window: GetTaskClassificationsWindow | Unset = GetTaskClassificationsWindow.VALUE_0,
) -> (
    BadRequestResponse
    | InternalServerResponse
    | TaskClassificationResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Task classification market share

     Returns the market-share breakdown of OpenRouter traffic by task classification
    (e.g. code generation, web search, summarization) over a trailing time window.

    Each classification reports its share of classified sampled requests (`usage_share`)
    and classified sampled token volume (`token_share`) as fractions between 0 and 1.
    The unclassified `other` bucket is excluded. Absolute volumes are not exposed
    because the underlying data is sampled.

    Each classification also includes a `models` array listing the top models by
    request volume within that classification, with their within-tag usage and token shares.

    Classifications are grouped into macro-categories (Code, Data, Agent, General)
    with aggregate shares provided for each.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this data, cite as:
    "Source: OpenRouter (openrouter.ai/rankings), as of {as_of}."

    Args:
        window (GetTaskClassificationsWindow | Unset): Trailing time window for the classification
            data. Currently only `7d` (trailing 7 days) is supported. Default:
            GetTaskClassificationsWindow.VALUE_0. Example: 7d.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | InternalServerResponse | TaskClassificationResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            window=window,
        )
    ).parsed
