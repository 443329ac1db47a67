"""Operations tagged models, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping  # noqa: F401 (used by some signatures)
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.get_models_category import GetModelsCategory
    from ...models.get_models_distillable import GetModelsDistillable
    from ...models.get_models_region import GetModelsRegion
    from ...models.get_models_sort import GetModelsSort
    from ...models.get_models_zdr import GetModelsZdr
    from ...models.model_response import ModelResponse
    from ...models.models_count_response import ModelsCountResponse
    from ...models.models_list_response import ModelsListResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ModelsApi:
    """models operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_model(
        self,
        author: str,
        slug: str,
    ) -> ModelResponse:
        """GET /model/{author}/{slug}: Get a model by its slug"""
        return self._invoke(
            _operation("get_model"),
            author=author,
            slug=slug,
        )

    def get_models(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 500,
        category: GetModelsCategory | Unset = UNSET,
        supported_parameters: str | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: GetModelsSort | Unset = UNSET,
        use_rss: str | Unset = UNSET,
        use_rss_chat_links: str | Unset = UNSET,
        q: str | Unset = UNSET,
        input_modalities: str | Unset = UNSET,
        context: int | Unset = UNSET,
        min_price: float | None | Unset = UNSET,
        max_price: float | None | Unset = UNSET,
        arch: str | Unset = UNSET,
        model_authors: str | Unset = UNSET,
        providers: str | Unset = UNSET,
        distillable: GetModelsDistillable | Unset = UNSET,
        zdr: GetModelsZdr | Unset = UNSET,
        region: GetModelsRegion | Unset = UNSET,
        min_output_price: float | None | Unset = UNSET,
        max_output_price: float | None | Unset = UNSET,
        min_age_days: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_intelligence_index: float | None | Unset = UNSET,
        max_intelligence_index: float | None | Unset = UNSET,
        min_coding_index: float | None | Unset = UNSET,
        max_coding_index: float | None | Unset = UNSET,
        min_agentic_index: float | None | Unset = UNSET,
        max_agentic_index: float | None | Unset = UNSET,
        min_tool_success_rate: float | None | Unset = UNSET,
        max_tool_success_rate: float | None | Unset = UNSET,
    ) -> ModelsListResponse:
        """GET /models: List all models and their properties"""
        return self._invoke(
            _operation("get_models"),
            offset=offset,
            limit=limit,
            category=category,
            supported_parameters=supported_parameters,
            output_modalities=output_modalities,
            sort=sort,
            use_rss=use_rss,
            use_rss_chat_links=use_rss_chat_links,
            q=q,
            input_modalities=input_modalities,
            context=context,
            min_price=min_price,
            max_price=max_price,
            arch=arch,
            model_authors=model_authors,
            providers=providers,
            distillable=distillable,
            zdr=zdr,
            region=region,
            min_output_price=min_output_price,
            max_output_price=max_output_price,
            min_age_days=min_age_days,
            max_age_days=max_age_days,
            min_intelligence_index=min_intelligence_index,
            max_intelligence_index=max_intelligence_index,
            min_coding_index=min_coding_index,
            max_coding_index=max_coding_index,
            min_agentic_index=min_agentic_index,
            max_agentic_index=max_agentic_index,
            min_tool_success_rate=min_tool_success_rate,
            max_tool_success_rate=max_tool_success_rate,
        )

    def list_models_count(
        self,
        *,
        output_modalities: str | Unset = UNSET,
    ) -> ModelsCountResponse:
        """GET /models/count: Get total count of available models"""
        return self._invoke(
            _operation("list_models_count"),
            output_modalities=output_modalities,
        )

    def list_models_user(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 500,
    ) -> ModelsListResponse:
        """GET /models/user: List models filtered by user provider preferences, privacy settings, and guardrails"""
        return self._invoke(
            _operation("list_models_user"),
            offset=offset,
            limit=limit,
        )


class AsyncModelsApi:
    """models operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_model(
        self,
        author: str,
        slug: str,
    ) -> ModelResponse:
        """GET /model/{author}/{slug}: Get a model by its slug"""
        return await self._invoke(
            _operation("get_model"),
            author=author,
            slug=slug,
        )

    async def get_models(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 500,
        category: GetModelsCategory | Unset = UNSET,
        supported_parameters: str | Unset = UNSET,
        output_modalities: str | Unset = UNSET,
        sort: GetModelsSort | Unset = UNSET,
        use_rss: str | Unset = UNSET,
        use_rss_chat_links: str | Unset = UNSET,
        q: str | Unset = UNSET,
        input_modalities: str | Unset = UNSET,
        context: int | Unset = UNSET,
        min_price: float | None | Unset = UNSET,
        max_price: float | None | Unset = UNSET,
        arch: str | Unset = UNSET,
        model_authors: str | Unset = UNSET,
        providers: str | Unset = UNSET,
        distillable: GetModelsDistillable | Unset = UNSET,
        zdr: GetModelsZdr | Unset = UNSET,
        region: GetModelsRegion | Unset = UNSET,
        min_output_price: float | None | Unset = UNSET,
        max_output_price: float | None | Unset = UNSET,
        min_age_days: int | None | Unset = UNSET,
        max_age_days: int | None | Unset = UNSET,
        min_intelligence_index: float | None | Unset = UNSET,
        max_intelligence_index: float | None | Unset = UNSET,
        min_coding_index: float | None | Unset = UNSET,
        max_coding_index: float | None | Unset = UNSET,
        min_agentic_index: float | None | Unset = UNSET,
        max_agentic_index: float | None | Unset = UNSET,
        min_tool_success_rate: float | None | Unset = UNSET,
        max_tool_success_rate: float | None | Unset = UNSET,
    ) -> ModelsListResponse:
        """GET /models: List all models and their properties"""
        return await self._invoke(
            _operation("get_models"),
            offset=offset,
            limit=limit,
            category=category,
            supported_parameters=supported_parameters,
            output_modalities=output_modalities,
            sort=sort,
            use_rss=use_rss,
            use_rss_chat_links=use_rss_chat_links,
            q=q,
            input_modalities=input_modalities,
            context=context,
            min_price=min_price,
            max_price=max_price,
            arch=arch,
            model_authors=model_authors,
            providers=providers,
            distillable=distillable,
            zdr=zdr,
            region=region,
            min_output_price=min_output_price,
            max_output_price=max_output_price,
            min_age_days=min_age_days,
            max_age_days=max_age_days,
            min_intelligence_index=min_intelligence_index,
            max_intelligence_index=max_intelligence_index,
            min_coding_index=min_coding_index,
            max_coding_index=max_coding_index,
            min_agentic_index=min_agentic_index,
            max_agentic_index=max_agentic_index,
            min_tool_success_rate=min_tool_success_rate,
            max_tool_success_rate=max_tool_success_rate,
        )

    async def list_models_count(
        self,
        *,
        output_modalities: str | Unset = UNSET,
    ) -> ModelsCountResponse:
        """GET /models/count: Get total count of available models"""
        return await self._invoke(
            _operation("list_models_count"),
            output_modalities=output_modalities,
        )

    async def list_models_user(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 500,
    ) -> ModelsListResponse:
        """GET /models/user: List models filtered by user provider preferences, privacy settings, and guardrails"""
        return await self._invoke(
            _operation("list_models_user"),
            offset=offset,
            limit=limit,
        )
