"""POST /guardrails: Create a guardrail"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_request_response import BadRequestResponse
from ...models.create_guardrail_request import CreateGuardrailRequest
from ...models.create_guardrail_response import CreateGuardrailResponse
from ...models.forbidden_response import ForbiddenResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import Response, ResponseLike, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/guardrails"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: CreateGuardrailRequest | Mapping[str, Any],
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/guardrails",
    }

    _kwargs["json"] = to_json(body)

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> CreateGuardrailResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_201 = CreateGuardrailResponse.from_dict(response.json())

    return response_201


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadRequestResponse
    | CreateGuardrailResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 201:
        response_201 = CreateGuardrailResponse.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = ForbiddenResponse.from_dict(response.json())

        return response_403

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
    | CreateGuardrailResponse
    | ForbiddenResponse
    | InternalServerResponse
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
    body: CreateGuardrailRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | CreateGuardrailResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateGuardrailResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | CreateGuardrailResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateGuardrailResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest | Mapping[str, Any],
) -> Response[
    BadRequestResponse
    | CreateGuardrailResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
]:
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadRequestResponse | CreateGuardrailResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: CreateGuardrailRequest | Mapping[str, Any],
) -> (
    BadRequestResponse
    | CreateGuardrailResponse
    | ForbiddenResponse
    | InternalServerResponse
    | UnauthorizedResponse
    | None
):
    """Create a guardrail

     Create a new guardrail for the authenticated user. A newly created guardrail enforces nothing until
    it is assigned to API keys or organization members; `workspace_id` places the guardrail in a
    workspace but does not apply it to that workspace's traffic. To restrict all traffic in a workspace,
    update the workspace's default guardrail instead. [Management
    key](/docs/guides/overview/auth/management-api-keys) required.

    Args:
        body (CreateGuardrailRequest):  Example: {'allowed_models': None, 'allowed_providers':
            ['openai', 'anthropic', 'deepseek'], 'content_filter_builtins': [{'action': 'block',
            'slug': 'regex-prompt-injection'}], 'content_filters': None, 'description': 'A guardrail
            for limiting API usage', 'enforce_zdr_anthropic': True, 'enforce_zdr_google': False,
            'enforce_zdr_openai': True, 'enforce_zdr_other': False, 'enforce_zdr_xai': False,
            'ignored_models': None, 'ignored_providers': None, 'limit_usd': 50, 'name': 'My New
            Guardrail', 'reset_interval': 'monthly'}.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadRequestResponse | CreateGuardrailResponse | ForbiddenResponse | InternalServerResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
