"""Operations tagged presets, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.chat_request import ChatRequest
    from ...models.create_preset_from_inference_response import (
        CreatePresetFromInferenceResponse,
    )
    from ...models.get_preset_response import GetPresetResponse
    from ...models.get_preset_version_response import GetPresetVersionResponse
    from ...models.list_preset_versions_response import ListPresetVersionsResponse
    from ...models.list_presets_response import ListPresetsResponse
    from ...models.messages_request import MessagesRequest
    from ...models.responses_request import ResponsesRequest


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class PresetsApi:
    """presets operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_presets(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListPresetsResponse:
        """GET /presets: List presets"""
        return self._invoke(
            _operation("list_presets"),
            offset=offset,
            limit=limit,
        )

    def get_preset(
        self,
        slug: str,
    ) -> GetPresetResponse:
        """GET /presets/{slug}: Get a preset"""
        return self._invoke(
            _operation("get_preset"),
            slug=slug,
        )

    def create_presets_chat_completions(
        self,
        slug: str,
        *,
        body: ChatRequest | Mapping[str, Any],
    ) -> CreatePresetFromInferenceResponse:
        """POST /presets/{slug}/chat/completions: Create a preset from a chat-completions request body"""
        return self._invoke(
            _operation("create_presets_chat_completions"),
            slug=slug,
            body=body,
        )

    def create_presets_messages(
        self,
        slug: str,
        *,
        body: MessagesRequest | Mapping[str, Any],
    ) -> CreatePresetFromInferenceResponse:
        """POST /presets/{slug}/messages: Create a preset from a messages request body"""
        return self._invoke(
            _operation("create_presets_messages"),
            slug=slug,
            body=body,
        )

    def create_presets_responses(
        self,
        slug: str,
        *,
        body: ResponsesRequest | Mapping[str, Any],
    ) -> CreatePresetFromInferenceResponse:
        """POST /presets/{slug}/responses: Create a preset from a responses request body"""
        return self._invoke(
            _operation("create_presets_responses"),
            slug=slug,
            body=body,
        )

    def list_preset_versions(
        self,
        slug: str,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListPresetVersionsResponse:
        """GET /presets/{slug}/versions: List versions of a preset"""
        return self._invoke(
            _operation("list_preset_versions"),
            slug=slug,
            offset=offset,
            limit=limit,
        )

    def get_preset_version(
        self,
        slug: str,
        version: str,
    ) -> GetPresetVersionResponse:
        """GET /presets/{slug}/versions/{version}: Get a specific version of a preset"""
        return self._invoke(
            _operation("get_preset_version"),
            slug=slug,
            version=version,
        )


class AsyncPresetsApi:
    """presets operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_presets(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListPresetsResponse:
        """GET /presets: List presets"""
        return await self._invoke(
            _operation("list_presets"),
            offset=offset,
            limit=limit,
        )

    async def get_preset(
        self,
        slug: str,
    ) -> GetPresetResponse:
        """GET /presets/{slug}: Get a preset"""
        return await self._invoke(
            _operation("get_preset"),
            slug=slug,
        )

    async def create_presets_chat_completions(
        self,
        slug: str,
        *,
        body: ChatRequest | Mapping[str, Any],
    ) -> CreatePresetFromInferenceResponse:
        """POST /presets/{slug}/chat/completions: Create a preset from a chat-completions request body"""
        return await self._invoke(
            _operation("create_presets_chat_completions"),
            slug=slug,
            body=body,
        )

    async def create_presets_messages(
        self,
        slug: str,
        *,
        body: MessagesRequest | Mapping[str, Any],
    ) -> CreatePresetFromInferenceResponse:
        """POST /presets/{slug}/messages: Create a preset from a messages request body"""
        return await self._invoke(
            _operation("create_presets_messages"),
            slug=slug,
            body=body,
        )

    async def create_presets_responses(
        self,
        slug: str,
        *,
        body: ResponsesRequest | Mapping[str, Any],
    ) -> CreatePresetFromInferenceResponse:
        """POST /presets/{slug}/responses: Create a preset from a responses request body"""
        return await self._invoke(
            _operation("create_presets_responses"),
            slug=slug,
            body=body,
        )

    async def list_preset_versions(
        self,
        slug: str,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListPresetVersionsResponse:
        """GET /presets/{slug}/versions: List versions of a preset"""
        return await self._invoke(
            _operation("list_preset_versions"),
            slug=slug,
            offset=offset,
            limit=limit,
        )

    async def get_preset_version(
        self,
        slug: str,
        version: str,
    ) -> GetPresetVersionResponse:
        """GET /presets/{slug}/versions/{version}: Get a specific version of a preset"""
        return await self._invoke(
            _operation("get_preset_version"),
            slug=slug,
            version=version,
        )
