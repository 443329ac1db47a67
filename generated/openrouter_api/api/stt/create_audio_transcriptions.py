"""POST /audio/transcriptions: Create transcription"""

from __future__ import annotations

from collections.abc import Mapping
from http import HTTPStatus
from typing import TYPE_CHECKING, Any

from ... import errors
from ...models.bad_gateway_response import BadGatewayResponse
from ...models.bad_request_response import BadRequestResponse
from ...models.create_audio_transcriptions_files_body import (
    CreateAudioTranscriptionsFilesBody,
)
from ...models.edge_network_timeout_response import EdgeNetworkTimeoutResponse
from ...models.internal_server_response import InternalServerResponse
from ...models.not_found_response import NotFoundResponse
from ...models.payment_required_response import PaymentRequiredResponse
from ...models.provider_overloaded_response import ProviderOverloadedResponse
from ...models.service_unavailable_response import ServiceUnavailableResponse
from ...models.stt_request import STTRequest
from ...models.stt_response import STTResponse
from ...models.too_many_requests_response import TooManyRequestsResponse
from ...models.unauthorized_response import UnauthorizedResponse
from ...types import UNSET, Response, ResponseLike, Unset, to_json

if TYPE_CHECKING:
    from ...client import AuthenticatedClient, Client

METHOD = "POST"
PATH = "/audio/transcriptions"
# Media types the spec declares for a successful response, in spec order.
SUCCESS_CONTENT_TYPES: tuple[str, ...] = ("application/json",)


def build_request(
    *,
    body: STTRequest
    | CreateAudioTranscriptionsFilesBody
    | Mapping[str, Any]
    | Unset = UNSET,
) -> dict[str, Any]:
    """The arguments of ``httpx.Client.request`` (method, url, params, headers, body) for this call."""
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/audio/transcriptions",
    }

    if isinstance(body, STTRequest):
        _kwargs["json"] = to_json(body)

        headers["Content-Type"] = "application/json"
    elif isinstance(body, CreateAudioTranscriptionsFilesBody):
        _kwargs["files"] = body.to_multipart()

        headers["Content-Type"] = "multipart/form-data; boundary=+++"
    elif isinstance(
        body, Mapping
    ):  # a plain dict (e.g. a TypedDict from params) is the JSON body
        _kwargs["json"] = to_json(body)
        headers["Content-Type"] = "application/json"
    elif not isinstance(body, Unset):  # never drop a body silently
        raise TypeError(
            "body must be STTRequest, CreateAudioTranscriptionsFilesBody or a JSON mapping, "
            f"not {type(body).__name__}"
        )

    _kwargs["headers"] = headers
    return _kwargs


def parse_success(response: ResponseLike) -> STTResponse:
    """Decode a successful (2xx) response; callers turn every other status into an error first."""
    response_200 = STTResponse.from_dict(response.json())

    return response_200


def _parse_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | STTResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    if response.status_code == 200:
        response_200 = STTResponse.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = BadRequestResponse.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = UnauthorizedResponse.from_dict(response.json())

        return response_401

    if response.status_code == 402:
        response_402 = PaymentRequiredResponse.from_dict(response.json())

        return response_402

    if response.status_code == 404:
        response_404 = NotFoundResponse.from_dict(response.json())

        return response_404

    if response.status_code == 429:
        response_429 = TooManyRequestsResponse.from_dict(response.json())

        return response_429

    if response.status_code == 500:
        response_500 = InternalServerResponse.from_dict(response.json())

        return response_500

    if response.status_code == 502:
        response_502 = BadGatewayResponse.from_dict(response.json())

        return response_502

    if response.status_code == 503:
        response_503 = ServiceUnavailableResponse.from_dict(response.json())

        return response_503

    if response.status_code == 524:
        response_524 = EdgeNetworkTimeoutResponse.from_dict(response.json())

        return response_524

    if response.status_code == 529:
        response_529 = ProviderOverloadedResponse.from_dict(response.json())

        return response_529

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: ResponseLike
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | STTResponse
    | ServiceUnavailableResponse
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
    body: STTRequest
    | CreateAudioTranscriptionsFilesBody
    | Mapping[str, Any]
    | Unset = UNSET,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | STTResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Create transcription

     Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style
    multipart/form-data file upload, and returns the transcribed text.

    Args:
        body (STTRequest): Speech-to-text request input. Accepts a JSON body with input_audio
            containing base64-encoded audio. Example: {'input_audio': {'data': 'UklGRiQA...',
            'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}.
        body (CreateAudioTranscriptionsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | STTResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
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
    body: STTRequest
    | CreateAudioTranscriptionsFilesBody
    | Mapping[str, Any]
    | Unset = UNSET,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | STTResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Create transcription

     Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style
    multipart/form-data file upload, and returns the transcribed text.

    Args:
        body (STTRequest): Speech-to-text request input. Accepts a JSON body with input_audio
            containing base64-encoded audio. Example: {'input_audio': {'data': 'UklGRiQA...',
            'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}.
        body (CreateAudioTranscriptionsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | STTResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: STTRequest
    | CreateAudioTranscriptionsFilesBody
    | Mapping[str, Any]
    | Unset = UNSET,
) -> Response[
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | STTResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
]:
    """Create transcription

     Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style
    multipart/form-data file upload, and returns the transcribed text.

    Args:
        body (STTRequest): Speech-to-text request input. Accepts a JSON body with input_audio
            containing base64-encoded audio. Example: {'input_audio': {'data': 'UklGRiQA...',
            'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}.
        body (CreateAudioTranscriptionsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | STTResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse]
    """

    kwargs = build_request(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: STTRequest
    | CreateAudioTranscriptionsFilesBody
    | Mapping[str, Any]
    | Unset = UNSET,
) -> (
    BadGatewayResponse
    | BadRequestResponse
    | EdgeNetworkTimeoutResponse
    | InternalServerResponse
    | NotFoundResponse
    | PaymentRequiredResponse
    | ProviderOverloadedResponse
    | STTResponse
    | ServiceUnavailableResponse
    | TooManyRequestsResponse
    | UnauthorizedResponse
    | None
):
    """Create transcription

     Transcribes audio into text. Accepts base64-encoded audio input as JSON or an OpenAI-style
    multipart/form-data file upload, and returns the transcribed text.

    Args:
        body (STTRequest): Speech-to-text request input. Accepts a JSON body with input_audio
            containing base64-encoded audio. Example: {'input_audio': {'data': 'UklGRiQA...',
            'format': 'wav'}, 'language': 'en', 'model': 'openai/whisper-large-v3'}.
        body (CreateAudioTranscriptionsFilesBody):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BadGatewayResponse | BadRequestResponse | EdgeNetworkTimeoutResponse | InternalServerResponse | NotFoundResponse | PaymentRequiredResponse | ProviderOverloadedResponse | STTResponse | ServiceUnavailableResponse | TooManyRequestsResponse | UnauthorizedResponse
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
