"""Routing builders: which plugins run, which providers serve, how the model reasons.

    client.chat.completions.create(
        model="openai/gpt-4o", models=["anthropic/claude-sonnet-4"],  # fallbacks, in order
        messages=[user("Latest news on fusion?")],
        plugins=[web_search(max_results=3)],
        provider=provider(sort="price", allow_fallbacks=False, data_collection="deny"),
        reasoning=reasoning(effort="high"),
    )

Only the arguments given are set (``False`` and ``0`` included). Values the spec enumerates are
checked here, so a typo fails before the request is sent.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, get_args

if TYPE_CHECKING:
    from openrouter_api.params import (
        AutoRouterPluginParam,
        FileParserPluginParam,
        MaxPriceParam,
        ModerationPluginParam,
        PercentileLatencyCutoffsParam,
        PercentileThroughputCutoffsParam,
        ProviderPreferencesParam,
        ProviderSortConfigParam,
        ReasoningParam,
        ResponseHealingPluginParam,
        UserLocationParam,
        WebSearchPluginParam,
    )

__all__ = [
    "auto_router",
    "file_parser",
    "moderation",
    "provider",
    "reasoning",
    "response_healing",
    "web_search",
]

# The spec's enums (tests/builders check them against the generated TypedDicts).
WebSearchEngine: TypeAlias = Literal["native", "exa", "firecrawl", "parallel", "perplexity"]
WebSearchMode: TypeAlias = Literal[
    "instant", "fast", "auto", "deep-lite", "deep", "deep-reasoning", "turbo", "basic", "advanced"
]
PDFEngine: TypeAlias = Literal["mistral-ocr", "native", "cloudflare-ai", "pdf-text"]
CostTier: TypeAlias = Literal["low", "medium", "high", "xhigh", "max"]
ProviderSort: TypeAlias = Literal["price", "throughput", "latency", "exacto"]
Quantization: TypeAlias = Literal[
    "int4",
    "int8",
    "fp4",
    "mxfp4",
    "nvfp4",
    "fp6",
    "fp8",
    "mxfp8",
    "fp16",
    "bf16",
    "fp32",
    "unknown",
]
DataCollection: TypeAlias = Literal["deny", "allow"]
ReasoningEffort: TypeAlias = Literal["max", "xhigh", "high", "medium", "low", "minimal", "none"]
ReasoningSummary: TypeAlias = Literal["auto", "concise", "detailed"]
Price: TypeAlias = float | str | Decimal


class MaxPrice(TypedDict, total=False):
    """Price caps in USD: per million prompt/completion tokens, per request, image or audio unit."""

    prompt: Price
    completion: Price
    request: Price
    image: Price
    audio: Price


# The allowed values, for the run-time checks: read off the Literal types so they cannot drift.
WEB_SEARCH_ENGINES: tuple[str, ...] = get_args(WebSearchEngine)
WEB_SEARCH_MODES: tuple[str, ...] = get_args(WebSearchMode)
PDF_ENGINES: tuple[str, ...] = get_args(PDFEngine)
COST_TIERS: tuple[str, ...] = get_args(CostTier)
PROVIDER_SORTS: tuple[str, ...] = get_args(ProviderSort)
SORT_PARTITIONS: tuple[str, ...] = ("model", "none")
QUANTIZATIONS: tuple[str, ...] = get_args(Quantization)
DATA_COLLECTION: tuple[str, ...] = get_args(DataCollection)
REASONING_EFFORTS: tuple[str, ...] = get_args(ReasoningEffort)
REASONING_SUMMARIES: tuple[str, ...] = get_args(ReasoningSummary)
PRICE_KEYS: tuple[str, ...] = ("prompt", "completion", "request", "image", "audio")


# --- checks ---------------------------------------------------------------------------------------


def _choice(where: str, name: str, value: Any, allowed: tuple[str, ...]) -> Any:
    if value not in allowed:
        raise ValueError(
            f"{where}: {name} must be one of {', '.join(map(repr, allowed))}, got {value!r}"
        )
    return value


def _bool(where: str, name: str, value: Any) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"{where}: {name} must be True or False, got {value!r}")
    return value


def _count(where: str, name: str, value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"{where}: {name} must be a positive int, got {value!r}")
    return value


def _strings(where: str, name: str, value: Any) -> list[str]:
    """A list of strings; a bare string (which would iterate per character) is refused."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Iterable):
        raise TypeError(f"{where}: {name} must be a list of strings, got {value!r}")
    items = list(value)
    for item in items:
        if not isinstance(item, str) or not item:
            raise TypeError(f"{where}: {name} must hold non-empty strings, got {item!r}")
    return items


def _choices(where: str, name: str, value: Any, allowed: tuple[str, ...]) -> list[Any]:
    return [
        _choice(where, f"each of {name}", item, allowed) for item in _strings(where, name, value)
    ]


# --- plugins --------------------------------------------------------------------------------------


def web_search(
    *,
    max_results: int | None = None,
    search_prompt: str | None = None,
    engine: WebSearchEngine | None = None,
    mode: WebSearchMode | None = None,
    include_domains: Sequence[str] | None = None,
    exclude_domains: Sequence[str] | None = None,
    max_uses: int | None = None,
    user_location: UserLocationParam | None = None,
    enabled: bool | None = None,
) -> WebSearchPluginParam:
    """The ``web`` plugin: search the web and add the results (with citations) to the prompt.

    ``user_location`` (city/region/country/timezone) gets the spec's ``"type": "approximate"``
    when it has no type."""
    where = "web_search()"
    plugin: WebSearchPluginParam = {"id": "web"}
    if max_results is not None:
        plugin["max_results"] = _count(where, "max_results", max_results)
    if search_prompt is not None:
        if not isinstance(search_prompt, str):
            raise TypeError(f"{where}: search_prompt must be a string, got {search_prompt!r}")
        plugin["search_prompt"] = search_prompt
    if engine is not None:
        plugin["engine"] = _choice(where, "engine", engine, WEB_SEARCH_ENGINES)
    if mode is not None:
        plugin["mode"] = _choice(where, "mode", mode, WEB_SEARCH_MODES)
    if include_domains is not None:
        plugin["include_domains"] = _strings(where, "include_domains", include_domains)
    if exclude_domains is not None:
        plugin["exclude_domains"] = _strings(where, "exclude_domains", exclude_domains)
    if max_uses is not None:
        plugin["max_uses"] = _count(where, "max_uses", max_uses)
    if user_location is not None:
        if not isinstance(user_location, Mapping):
            raise TypeError(f"{where}: user_location must be a dict, got {user_location!r}")
        location = dict(user_location)
        location.setdefault("type", "approximate")
        plugin["user_location"] = location  # type: ignore[typeddict-item]
    if enabled is not None:
        plugin["enabled"] = _bool(where, "enabled", enabled)
    return plugin


def file_parser(
    pdf_engine: PDFEngine | None = None, *, enabled: bool | None = None
) -> FileParserPluginParam:
    """The ``file-parser`` plugin: how PDFs are read (``"mistral-ocr"`` for scans, ``"native"``
    for models that read PDFs themselves, ``"cloudflare-ai"``; ``"pdf-text"`` is deprecated and
    redirected to ``"cloudflare-ai"`` by OpenRouter)."""
    where = "file_parser()"
    plugin: FileParserPluginParam = {"id": "file-parser"}
    if pdf_engine is not None:
        plugin["pdf"] = {"engine": _choice(where, "pdf_engine", pdf_engine, PDF_ENGINES)}
    if enabled is not None:
        plugin["enabled"] = _bool(where, "enabled", enabled)
    return plugin


def moderation() -> ModerationPluginParam:
    """The ``moderation`` plugin: screen the request with OpenRouter's moderation."""
    return {"id": "moderation"}


def response_healing(*, enabled: bool | None = None) -> ResponseHealingPluginParam:
    """The ``response-healing`` plugin: repair malformed JSON in structured-output answers."""
    plugin: ResponseHealingPluginParam = {"id": "response-healing"}
    if enabled is not None:
        plugin["enabled"] = _bool("response_healing()", "enabled", enabled)
    return plugin


def auto_router(
    allowed_models: Sequence[str] | None = None,
    *,
    excluded_models: Sequence[str] | None = None,
    cost_tier: CostTier | None = None,
    pin_model: bool | None = None,
    enabled: bool | None = None,
) -> AutoRouterPluginParam:
    """The ``auto-router`` plugin (with ``model="openrouter/auto"``): let OpenRouter pick the
    model, among ``allowed_models`` patterns (``"anthropic/*"``) minus ``excluded_models``."""
    where = "auto_router()"
    plugin: AutoRouterPluginParam = {"id": "auto-router"}
    if allowed_models is not None:
        plugin["allowed_models"] = _strings(where, "allowed_models", allowed_models)
    if excluded_models is not None:
        plugin["excluded_models"] = _strings(where, "excluded_models", excluded_models)
    if cost_tier is not None:
        plugin["cost_tier"] = _choice(where, "cost_tier", cost_tier, COST_TIERS)
    if pin_model is not None:
        plugin["pin_model"] = _bool(where, "pin_model", pin_model)
    if enabled is not None:
        plugin["enabled"] = _bool(where, "enabled", enabled)
    return plugin


# --- provider preferences -------------------------------------------------------------------------


def provider(
    *,
    order: Sequence[str] | None = None,
    only: Sequence[str] | None = None,
    ignore: Sequence[str] | None = None,
    sort: ProviderSort | ProviderSortConfigParam | None = None,
    max_price: MaxPrice | Mapping[str, Price] | None = None,
    quantizations: Sequence[Quantization] | None = None,
    zdr: bool | None = None,
    data_collection: DataCollection | None = None,
    allow_fallbacks: bool | None = None,
    require_parameters: bool | None = None,
    enforce_distillable_text: bool | None = None,
    preferred_max_latency: float | PercentileLatencyCutoffsParam | None = None,
    preferred_min_throughput: float | PercentileThroughputCutoffsParam | None = None,
) -> ProviderPreferencesParam:
    """Provider routing preferences (the request's ``provider`` object).

    ``order``/``only``/``ignore`` take provider slugs or names (``"anthropic"``, ``"OpenAI"``).
    ``sort`` is ``"price"``/``"throughput"``/``"latency"``/``"exacto"`` or
    ``{"by": ..., "partition": "model"|"none"}``. ``max_price`` is USD per million tokens (or per
    request/image/audio unit); numbers are sent as decimal strings, as the spec types them.
    """
    where = "provider()"
    prefs: ProviderPreferencesParam = {}
    for name, value in (("order", order), ("only", only), ("ignore", ignore)):
        if value is not None:
            prefs[name] = _strings(where, name, value)  # type: ignore[literal-required]
    if sort is not None:
        prefs["sort"] = _sort(where, sort)
    if max_price is not None:
        prefs["max_price"] = _max_price(where, max_price)
    if quantizations is not None:
        prefs["quantizations"] = _choices(where, "quantizations", quantizations, QUANTIZATIONS)
    if data_collection is not None:
        prefs["data_collection"] = _choice(
            where, "data_collection", data_collection, DATA_COLLECTION
        )
    flags = (
        ("zdr", zdr),
        ("allow_fallbacks", allow_fallbacks),
        ("require_parameters", require_parameters),
        ("enforce_distillable_text", enforce_distillable_text),
    )
    for name, flag in flags:
        if flag is not None:
            prefs[name] = _bool(where, name, flag)  # type: ignore[literal-required]
    if preferred_max_latency is not None:
        prefs["preferred_max_latency"] = _cutoffs(
            where, "preferred_max_latency", preferred_max_latency
        )
    if preferred_min_throughput is not None:
        prefs["preferred_min_throughput"] = _cutoffs(
            where, "preferred_min_throughput", preferred_min_throughput
        )
    return prefs


def _sort(where: str, sort: Any) -> Any:
    if isinstance(sort, str):
        return _choice(where, "sort", sort, PROVIDER_SORTS)
    if not isinstance(sort, Mapping):
        raise TypeError(f"{where}: sort must be a string or a dict, got {sort!r}")
    unknown = set(sort) - {"by", "partition"}
    if unknown:
        raise ValueError(f"{where}: sort takes 'by' and 'partition', not {sorted(unknown)!r}")
    config = dict(sort)
    if config.get("by") is not None:
        _choice(where, "sort['by']", config["by"], PROVIDER_SORTS)
    if config.get("partition") is not None:
        _choice(where, "sort['partition']", config["partition"], SORT_PARTITIONS)
    return config


def _max_price(where: str, max_price: Any) -> MaxPriceParam:
    if not isinstance(max_price, Mapping):
        raise TypeError(f"{where}: max_price must be a dict, got {max_price!r}")
    prices: dict[str, str] = {}
    for key, value in max_price.items():
        _choice(where, "each max_price key", key, PRICE_KEYS)
        prices[key] = _decimal(where, f"max_price[{key!r}]", value)
    return prices  # type: ignore[return-value]


def _decimal(where: str, name: str, value: Any) -> str:
    """A price as a plain decimal string (``1e-05`` becomes ``"0.00001"``)."""
    if isinstance(value, bool) or not isinstance(value, (int, float, str, Decimal)):
        raise TypeError(f"{where}: {name} must be a number, got {value!r}")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError(f"{where}: {name} must be a number, got {value!r}") from None
    if not number.is_finite() or number < 0:
        raise ValueError(f"{where}: {name} must be a finite number >= 0, got {value!r}")
    return format(number, "f")


def _cutoffs(where: str, name: str, value: Any) -> Any:
    if isinstance(value, Mapping):
        unknown = set(value) - {"p50", "p75", "p90", "p99"}
        if unknown:
            raise ValueError(f"{where}: {name} takes p50, p75, p90, p99, not {sorted(unknown)!r}")
        for key, cutoff in value.items():
            if cutoff is not None:
                _number(where, f"{name}[{key!r}]", cutoff)
        return dict(value)
    return _number(where, name, value)


def _number(where: str, name: str, value: Any) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)) or value < 0:
        raise ValueError(f"{where}: {name} must be a number >= 0, got {value!r}")
    return value


# --- reasoning ------------------------------------------------------------------------------------


def reasoning(
    *,
    effort: ReasoningEffort | None = None,
    max_tokens: int | None = None,
    exclude: bool | None = None,
    enabled: bool | None = None,
    summary: ReasoningSummary | None = None,
) -> ReasoningParam:
    """Reasoning settings: ``effort`` (OpenAI-style) or ``max_tokens`` (Anthropic-style), not
    both; ``exclude=True`` reasons without returning the reasoning; ``enabled=True`` turns it on
    with the model's defaults."""
    where = "reasoning()"
    if effort is not None and max_tokens is not None:
        raise ValueError(
            f"{where}: give effort or max_tokens, not both (OpenRouter takes one reasoning budget)"
        )
    config: ReasoningParam = {}
    if effort is not None:
        config["effort"] = _choice(where, "effort", effort, REASONING_EFFORTS)
    if max_tokens is not None:
        config["max_tokens"] = _count(where, "max_tokens", max_tokens)
    if exclude is not None:
        config["exclude"] = _bool(where, "exclude", exclude)
    if enabled is not None:
        config["enabled"] = _bool(where, "enabled", enabled)
    if summary is not None:
        config["summary"] = _choice(where, "summary", summary, REASONING_SUMMARIES)
    return config
