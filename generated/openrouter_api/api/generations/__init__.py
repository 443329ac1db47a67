"""Operations tagged generations, as methods bound to a caller.

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

    from ...models.generation_content_response import GenerationContentResponse
    from ...models.generation_response import GenerationResponse
    from ...models.submit_generation_feedback_request import (
        SubmitGenerationFeedbackRequest,
    )
    from ...models.submit_generation_feedback_response import (
        SubmitGenerationFeedbackResponse,
    )


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class GenerationsApi:
    """generations operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_generation(
        self,
        *,
        id: str,
    ) -> GenerationResponse:
        """GET /generation: Get request & usage metadata for a generation"""
        return self._invoke(
            _operation("get_generation"),
            id=id,
        )

    def list_generation_content(
        self,
        *,
        id: str,
    ) -> GenerationContentResponse:
        """GET /generation/content: Get stored prompt, completion, and error content for a generation"""
        return self._invoke(
            _operation("list_generation_content"),
            id=id,
        )

    def submit_generation_feedback(
        self,
        *,
        body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
    ) -> SubmitGenerationFeedbackResponse:
        """POST /generation/feedback: Submit feedback for a generation"""
        return self._invoke(
            _operation("submit_generation_feedback"),
            body=body,
        )


class AsyncGenerationsApi:
    """generations operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_generation(
        self,
        *,
        id: str,
    ) -> GenerationResponse:
        """GET /generation: Get request & usage metadata for a generation"""
        return await self._invoke(
            _operation("get_generation"),
            id=id,
        )

    async def list_generation_content(
        self,
        *,
        id: str,
    ) -> GenerationContentResponse:
        """GET /generation/content: Get stored prompt, completion, and error content for a generation"""
        return await self._invoke(
            _operation("list_generation_content"),
            id=id,
        )

    async def submit_generation_feedback(
        self,
        *,
        body: SubmitGenerationFeedbackRequest | Mapping[str, Any],
    ) -> SubmitGenerationFeedbackResponse:
        """POST /generation/feedback: Submit feedback for a generation"""
        return await self._invoke(
            _operation("submit_generation_feedback"),
            body=body,
        )
