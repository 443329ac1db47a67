"""Operations tagged images, as methods bound to a caller.

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

    from ...models.image_generation_request import ImageGenerationRequest
    from ...models.image_generation_response import ImageGenerationResponse
    from ...models.image_model_endpoints_response import ImageModelEndpointsResponse
    from ...models.image_models_list_response import ImageModelsListResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ImagesApi:
    """images operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def create_images(
        self,
        *,
        body: ImageGenerationRequest | Mapping[str, Any],
    ) -> ImageGenerationResponse:
        """POST /images: Generate an image"""
        return self._invoke(
            _operation("create_images"),
            body=body,
        )

    def list_image_models(
        self,
    ) -> ImageModelsListResponse:
        """GET /images/models: List image generation models"""
        return self._invoke(
            _operation("list_image_models"),
        )

    def list_image_model_endpoints(
        self,
        author: str,
        slug: str,
    ) -> ImageModelEndpointsResponse:
        """GET /images/models/{author}/{slug}/endpoints: List endpoints for an image model"""
        return self._invoke(
            _operation("list_image_model_endpoints"),
            author=author,
            slug=slug,
        )


class AsyncImagesApi:
    """images operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def create_images(
        self,
        *,
        body: ImageGenerationRequest | Mapping[str, Any],
    ) -> ImageGenerationResponse:
        """POST /images: Generate an image"""
        return await self._invoke(
            _operation("create_images"),
            body=body,
        )

    async def list_image_models(
        self,
    ) -> ImageModelsListResponse:
        """GET /images/models: List image generation models"""
        return await self._invoke(
            _operation("list_image_models"),
        )

    async def list_image_model_endpoints(
        self,
        author: str,
        slug: str,
    ) -> ImageModelEndpointsResponse:
        """GET /images/models/{author}/{slug}/endpoints: List endpoints for an image model"""
        return await self._invoke(
            _operation("list_image_model_endpoints"),
            author=author,
            slug=slug,
        )
