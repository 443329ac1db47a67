"""``client.models``: the model catalogue, one model, its endpoints, and counts."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal, TypedDict

from .._options import split_options
from ._pages import AsyncPager, Pager
from ._resource import AsyncAPIResource, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import (
        ListEndpointsResponseBody,
        Model,
        ModelResponse,
        ModelsCountResponse,
    )

    from .._options import RequestOptions

__all__ = ["AsyncModels", "ModelListFilters", "Models"]


class ModelListFilters(TypedDict, total=False):
    """Query filters of ``GET /models`` (names and meanings as in the spec; a test keeps this in
    step with the generated operation). Comma-separated strings take several values."""

    category: Literal[
        "programming",
        "roleplay",
        "marketing",
        "marketing/seo",
        "technology",
        "science",
        "translation",
        "legal",
        "finance",
        "health",
        "trivia",
        "academia",
    ]
    supported_parameters: str
    output_modalities: str
    input_modalities: str
    sort: Literal[
        "most-popular",
        "newest",
        "top-weekly",
        "pricing-low-to-high",
        "pricing-high-to-low",
        "context-high-to-low",
        "throughput-high-to-low",
        "latency-low-to-high",
        "intelligence-high-to-low",
        "coding-high-to-low",
        "agentic-high-to-low",
        "design-arena-elo-high-to-low",
    ]
    q: str
    context: int
    min_price: float
    max_price: float
    min_output_price: float
    max_output_price: float
    arch: str
    model_authors: str
    providers: str
    distillable: Literal["true", "false"]
    zdr: Literal["true"]
    region: Literal["eu", "us"]
    min_age_days: int
    max_age_days: int
    min_intelligence_index: float
    max_intelligence_index: float
    min_coding_index: float
    max_coding_index: float
    min_agentic_index: float
    max_agentic_index: float
    min_tool_success_rate: float
    max_tool_success_rate: float
    limit: int
    """Models per page (the spec's default is 500; at most 1000)."""


if TYPE_CHECKING:

    class ModelListArgs(ModelListFilters, RequestOptions, total=False):
        """Filters of the model list, plus per-call options."""


def model_path(author: str, slug: str | None) -> dict[str, str]:
    """``author``/``slug`` path arguments; ``get("openai/gpt-4o")`` splits a full model id."""
    if slug is None:
        author, sep, slug = author.partition("/")
        if not sep or not author or not slug:
            raise ValueError(f"expected a model id such as 'openai/gpt-4o', got {author!r}")
    return {"author": author, "slug": slug}


class Models(SyncAPIResource):
    """The model catalogue (blocking)."""

    def list(self, **filters: Unpack[ModelListArgs]) -> Pager[Model]:
        """Models matching the filters, fetched a page at a time as you iterate."""
        from openrouter_api.api.models import get_models

        args: dict[str, Any] = dict(filters)
        options = split_options(args)
        return Pager(self._send, get_models, args, options)

    def get(
        self, author: str, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> ModelResponse:
        """One model (``data``) by ``author`` and ``slug``, or by its full id ``"author/slug"``."""
        from openrouter_api.api.models import get_model

        return self._request(get_model, model_path(author, slug), options)

    def endpoints(
        self, author: str, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> ListEndpointsResponseBody:
        """The endpoints (provider, pricing, context, uptime) serving one model."""
        from openrouter_api.api.endpoints import list_endpoints

        return self._request(list_endpoints, model_path(author, slug), options)

    def count(
        self, *, output_modalities: str | None = None, **options: Unpack[RequestOptions]
    ) -> ModelsCountResponse:
        """How many models there are (``data.count``), optionally by output modality."""
        from openrouter_api.api.models import list_models_count

        return self._request(list_models_count, {"output_modalities": output_modalities}, options)

    def list_for_user(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[Model]:
        """Models this key may use (provider preferences, privacy settings, guardrails applied)."""
        from openrouter_api.api.models import list_models_user

        return Pager(self._send, list_models_user, {"limit": limit}, options)


class AsyncModels(AsyncAPIResource):
    """The model catalogue (awaitable)."""

    def list(self, **filters: Unpack[ModelListArgs]) -> AsyncPager[Model]:
        """Models matching the filters, fetched a page at a time as you ``async for``."""
        from openrouter_api.api.models import get_models

        args: dict[str, Any] = dict(filters)
        options = split_options(args)
        return AsyncPager(self._send, get_models, args, options)

    async def get(
        self, author: str, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> ModelResponse:
        """One model (``data``) by ``author`` and ``slug``, or by its full id ``"author/slug"``."""
        from openrouter_api.api.models import get_model

        return await self._request(get_model, model_path(author, slug), options)

    async def endpoints(
        self, author: str, slug: str | None = None, **options: Unpack[RequestOptions]
    ) -> ListEndpointsResponseBody:
        """The endpoints (provider, pricing, context, uptime) serving one model."""
        from openrouter_api.api.endpoints import list_endpoints

        return await self._request(list_endpoints, model_path(author, slug), options)

    async def count(
        self, *, output_modalities: str | None = None, **options: Unpack[RequestOptions]
    ) -> ModelsCountResponse:
        """How many models there are (``data.count``), optionally by output modality."""
        from openrouter_api.api.models import list_models_count

        return await self._request(
            list_models_count, {"output_modalities": output_modalities}, options
        )

    def list_for_user(
        self, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[Model]:
        """Models this key may use (provider preferences, privacy settings, guardrails applied)."""
        from openrouter_api.api.models import list_models_user

        return AsyncPager(self._send, list_models_user, {"limit": limit}, options)
