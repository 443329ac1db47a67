"""GET /datasets/app-rankings: Top apps by token usage"""

from __future__ import annotations

from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.app_rankings_response import AppRankingsResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.get_app_rankings_category import GetAppRankingsCategory
from ...models.get_app_rankings_sort import GetAppRankingsSort
from ...models.get_app_rankings_subcategory import GetAppRankingsSubcategory
from ...models.internal_server_response import InternalServerResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "GET"
PATH = "/datasets/app-rankings"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""

    params: dict[str, Any] = {}

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    json_subcategory: str | Unset = UNSET
    if not isinstance(subcategory, Unset):
        json_subcategory = subcategory.value

    params["subcategory"] = json_subcategory

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["start_date"] = start_date

    params["end_date"] = end_date

    params["limit"] = limit

    json_offset: int | None | Unset
    if isinstance(offset, Unset):
        json_offset = UNSET
    else:
        json_offset = offset
    params["offset"] = json_offset

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/datasets/app-rankings",
        "params": params,
    }

    return _kwargs


def parse_success(response: ResponseLike) -> AppRankingsResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = AppRankingsResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = AppRankingsResponse.from_dict(response.json())

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
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
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
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Top apps by token usage

     Returns the top public apps on OpenRouter ranked by token usage inside the requested
    date window, matching the public apps marketplace on openrouter.ai/apps. Token totals
    are `prompt_tokens + completion_tokens`; hidden and private apps are excluded and
    traffic from related app aliases is merged into the canonical visible app.

    `sort=popular` (default) ranks by total token volume inside the window.
    `sort=trending` ranks by absolute excess token growth: window volume minus the average
    volume of the three equal-length periods immediately preceding the window. Apps with
    no excess growth are omitted, so `trending` may return fewer than `limit` rows.

    Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory`
    (e.g. `cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` —
    `rank` stays absolute, so the first row of `offset=50` is `rank: 51`.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/apps), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer, so a token attributed
    to one app is not directly comparable to a token attributed to another app whose
    traffic flows through a different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        category (GetAppRankingsCategory | Unset): Marketplace category group to filter by (e.g.
            `coding`). Only apps tagged with a subcategory inside this group are returned. Mutually
            combinable with `subcategory` — when both are supplied the `subcategory` must belong to
            the `category` group. Example: coding.
        subcategory (GetAppRankingsSubcategory | Unset): Marketplace subcategory to filter by
            (e.g. `cli-agent`). Takes precedence over `category` for the actual filter; when
            `category` is also supplied the pair must be consistent. Example: cli-agent.
        sort (GetAppRankingsSort | Unset): `popular` ranks apps by total token volume inside the
            date window. `trending` ranks apps by absolute excess token growth: window volume minus
            the average volume of the three equal-length periods immediately preceding the window.
            Apps with no excess growth are omitted from `trending` results. Default:
            GetAppRankingsSort.POPULAR. Example: popular.
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        limit (int | Unset): Maximum number of apps to return (1-100). Defaults to 50. Default:
            50. Example: 50.
        offset (int | None | Unset): Number of ranked apps to skip before the first returned row
            (0-100). Defaults to 0. `rank` stays absolute, so the first row of `offset=50` is `rank:
            51`. Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppRankingsResponse | BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        category=category,
        subcategory=subcategory,
        sort=sort,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> (
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Top apps by token usage

     Returns the top public apps on OpenRouter ranked by token usage inside the requested
    date window, matching the public apps marketplace on openrouter.ai/apps. Token totals
    are `prompt_tokens + completion_tokens`; hidden and private apps are excluded and
    traffic from related app aliases is merged into the canonical visible app.

    `sort=popular` (default) ranks by total token volume inside the window.
    `sort=trending` ranks by absolute excess token growth: window volume minus the average
    volume of the three equal-length periods immediately preceding the window. Apps with
    no excess growth are omitted, so `trending` may return fewer than `limit` rows.

    Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory`
    (e.g. `cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` —
    `rank` stays absolute, so the first row of `offset=50` is `rank: 51`.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/apps), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer, so a token attributed
    to one app is not directly comparable to a token attributed to another app whose
    traffic flows through a different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        category (GetAppRankingsCategory | Unset): Marketplace category group to filter by (e.g.
            `coding`). Only apps tagged with a subcategory inside this group are returned. Mutually
            combinable with `subcategory` — when both are supplied the `subcategory` must belong to
            the `category` group. Example: coding.
        subcategory (GetAppRankingsSubcategory | Unset): Marketplace subcategory to filter by
            (e.g. `cli-agent`). Takes precedence over `category` for the actual filter; when
            `category` is also supplied the pair must be consistent. Example: cli-agent.
        sort (GetAppRankingsSort | Unset): `popular` ranks apps by total token volume inside the
            date window. `trending` ranks apps by absolute excess token growth: window volume minus
            the average volume of the three equal-length periods immediately preceding the window.
            Apps with no excess growth are omitted from `trending` results. Default:
            GetAppRankingsSort.POPULAR. Example: popular.
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        limit (int | Unset): Maximum number of apps to return (1-100). Defaults to 50. Default:
            50. Example: 50.
        offset (int | None | Unset): Number of ranked apps to skip before the first returned row
            (0-100). Defaults to 0. `rank` stays absolute, so the first row of `offset=50` is `rank:
            51`. Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppRankingsResponse | BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        category=category,
        subcategory=subcategory,
        sort=sort,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> Response[
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Top apps by token usage

     Returns the top public apps on OpenRouter ranked by token usage inside the requested
    date window, matching the public apps marketplace on openrouter.ai/apps. Token totals
    are `prompt_tokens + completion_tokens`; hidden and private apps are excluded and
    traffic from related app aliases is merged into the canonical visible app.

    `sort=popular` (default) ranks by total token volume inside the window.
    `sort=trending` ranks by absolute excess token growth: window volume minus the average
    volume of the three equal-length periods immediately preceding the window. Apps with
    no excess growth are omitted, so `trending` may return fewer than `limit` rows.

    Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory`
    (e.g. `cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` —
    `rank` stays absolute, so the first row of `offset=50` is `rank: 51`.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/apps), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer, so a token attributed
    to one app is not directly comparable to a token attributed to another app whose
    traffic flows through a different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        category (GetAppRankingsCategory | Unset): Marketplace category group to filter by (e.g.
            `coding`). Only apps tagged with a subcategory inside this group are returned. Mutually
            combinable with `subcategory` — when both are supplied the `subcategory` must belong to
            the `category` group. Example: coding.
        subcategory (GetAppRankingsSubcategory | Unset): Marketplace subcategory to filter by
            (e.g. `cli-agent`). Takes precedence over `category` for the actual filter; when
            `category` is also supplied the pair must be consistent. Example: cli-agent.
        sort (GetAppRankingsSort | Unset): `popular` ranks apps by total token volume inside the
            date window. `trending` ranks apps by absolute excess token growth: window volume minus
            the average volume of the three equal-length periods immediately preceding the window.
            Apps with no excess growth are omitted from `trending` results. Default:
            GetAppRankingsSort.POPULAR. Example: popular.
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        limit (int | Unset): Maximum number of apps to return (1-100). Defaults to 50. Default:
            50. Example: 50.
        offset (int | None | Unset): Number of ranked apps to skip before the first returned row
            (0-100). Defaults to 0. `rank` stays absolute, so the first row of `offset=50` is `rank:
            51`. Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AppRankingsResponse | BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        category=category,
        subcategory=subcategory,
        sort=sort,
        start_date=start_date,
        end_date=end_date,
        limit=limit,
        offset=offset,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    category: GetAppRankingsCategory | Unset = UNSET,
    subcategory: GetAppRankingsSubcategory | Unset = UNSET,
    sort: GetAppRankingsSort | Unset = GetAppRankingsSort.POPULAR,
    start_date: str | Unset = UNSET,
    end_date: str | Unset = UNSET,
    limit: int | Unset = 50,
    offset: int | None | Unset = 0,
) -> (
    AppRankingsResponse
    | BadRequestResponse
    | InternalServerResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Top apps by token usage

     Returns the top public apps on OpenRouter ranked by token usage inside the requested
    date window, matching the public apps marketplace on openrouter.ai/apps. Token totals
    are `prompt_tokens + completion_tokens`; hidden and private apps are excluded and
    traffic from related app aliases is merged into the canonical visible app.

    `sort=popular` (default) ranks by total token volume inside the window.
    `sort=trending` ranks by absolute excess token growth: window volume minus the average
    volume of the three equal-length periods immediately preceding the window. Apps with
    no excess growth are omitted, so `trending` may return fewer than `limit` rows.

    Filter with `category` (marketplace category group, e.g. `coding`) or `subcategory`
    (e.g. `cli-agent`). Ranks are re-numbered 1..N after filtering. Page with `offset` —
    `rank` stays absolute, so the first row of `offset=50` is `rank: 51`.

    Authenticate with any valid OpenRouter API key (same key used for inference).
    Rate-limited to 30 requests/minute per key and 500 requests/day per account.

    When republishing or quoting this dataset, OpenRouter must be cited as:
    "Source: OpenRouter (openrouter.ai/apps), as of {as_of}."

    Token counts come from each upstream provider's own tokenizer, so a token attributed
    to one app is not directly comparable to a token attributed to another app whose
    traffic flows through a different provider.

    Licensed under [CC BY 4.0](https://creativecommons.org/licenses/by/4.0/): reuse and republish with
    attribution to OpenRouter.

    Args:
        category (GetAppRankingsCategory | Unset): Marketplace category group to filter by (e.g.
            `coding`). Only apps tagged with a subcategory inside this group are returned. Mutually
            combinable with `subcategory` — when both are supplied the `subcategory` must belong to
            the `category` group. Example: coding.
        subcategory (GetAppRankingsSubcategory | Unset): Marketplace subcategory to filter by
            (e.g. `cli-agent`). Takes precedence over `category` for the actual filter; when
            `category` is also supplied the pair must be consistent. Example: cli-agent.
        sort (GetAppRankingsSort | Unset): `popular` ranks apps by total token volume inside the
            date window. `trending` ranks apps by absolute excess token growth: window volume minus
            the average volume of the three equal-length periods immediately preceding the window.
            Apps with no excess growth are omitted from `trending` results. Default:
            GetAppRankingsSort.POPULAR. Example: popular.
        start_date (str | Unset): Start of the date window in YYYY-MM-DD (UTC), inclusive.
            Defaults to 30 days before `end_date`. The dataset begins at 2025-01-01; earlier values
            are clamped forward to that floor and the resolved value is echoed in `meta.start_date`.
            Example: 2026-04-12.
        end_date (str | Unset): End of the date window in YYYY-MM-DD (UTC), inclusive. Defaults to
            the most recent completed UTC day. Must be on or after 2025-01-01; earlier values are
            rejected with a 400. Example: 2026-05-11.
        limit (int | Unset): Maximum number of apps to return (1-100). Defaults to 50. Default:
            50. Example: 50.
        offset (int | None | Unset): Number of ranked apps to skip before the first returned row
            (0-100). Defaults to 0. `rank` stays absolute, so the first row of `offset=50` is `rank:
            51`. Default: 0. Example: 0.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AppRankingsResponse | BadRequestResponse | InternalServerResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            category=category,
            subcategory=subcategory,
            sort=sort,
            start_date=start_date,
            end_date=end_date,
            limit=limit,
            offset=offset,
        )
    ).parsed
