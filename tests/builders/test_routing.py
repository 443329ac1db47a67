"""Plugins, provider preferences and reasoning: the exact JSON, the spec accepting it in a chat
request, the builders' enums matching the spec's, and a clear error for each kind of bad input."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from openrouter_client import (
    auto_router,
    file_parser,
    moderation,
    provider,
    reasoning,
    response_healing,
    text,
    user,
    web_search,
)
from openrouter_client.builders import routing
from tests.spec_contract import assert_valid_request, spec


def chat(**fields: Any) -> dict[str, Any]:
    return {"model": "m", "messages": [user([text("hi")])], **fields}


def schemas() -> dict[str, Any]:
    return spec()["components"]["schemas"]  # type: ignore[no-any-return]


# --- the spec's enums ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("ours", "schema"),
    [
        ("WEB_SEARCH_ENGINES", "WebSearchEngine"),
        ("WEB_SEARCH_MODES", "WebSearchMode"),
        ("PDF_ENGINES", "PDFParserEngine"),
        ("PROVIDER_SORTS", "ProviderSort"),
        ("SORT_PARTITIONS", "ProviderSortConfigPartition"),
        ("QUANTIZATIONS", "Quantization"),
        ("DATA_COLLECTION", "ProviderPreferencesDataCollection"),
        ("REASONING_EFFORTS", "ReasoningEffort"),
        ("REASONING_SUMMARIES", "ChatReasoningSummaryVerbosityEnum"),
    ],
)
def test_enums_are_the_specs(ours: str, schema: str) -> None:
    assert list(getattr(routing, ours)) == schemas()[schema]["enum"]


def test_cost_tiers_and_price_keys_are_the_specs() -> None:
    assert (
        list(routing.COST_TIERS) == schemas()["AutoRouterPlugin"]["properties"]["cost_tier"]["enum"]
    )
    price = schemas()["ProviderPreferences"]["properties"]["max_price"]["properties"]
    assert sorted(routing.PRICE_KEYS) == sorted(price)


def test_provider_takes_every_field_of_the_spec() -> None:
    """A new provider preference in the spec should become a keyword of ``provider()``."""
    import inspect

    keywords = set(inspect.signature(provider).parameters)
    assert keywords == set(schemas()["ProviderPreferences"]["properties"])


# --- plugins --------------------------------------------------------------------------------------


def test_web_search() -> None:
    assert web_search() == {"id": "web"}
    plugin = web_search(
        max_results=3,
        search_prompt="Sources:",
        engine="exa",
        mode="deep",
        include_domains=["arxiv.org"],
        exclude_domains=("*.substack.com",),
        max_uses=2,
        user_location={"city": "Oslo", "country": "NO"},
        enabled=True,
    )
    assert plugin == {
        "id": "web",
        "max_results": 3,
        "search_prompt": "Sources:",
        "engine": "exa",
        "mode": "deep",
        "include_domains": ["arxiv.org"],
        "exclude_domains": ["*.substack.com"],
        "max_uses": 2,
        "user_location": {"type": "approximate", "city": "Oslo", "country": "NO"},
        "enabled": True,
    }
    assert_valid_request("POST", "/chat/completions", chat(plugins=[plugin]))


def test_file_parser() -> None:
    assert file_parser() == {"id": "file-parser"}
    assert file_parser("mistral-ocr") == {"id": "file-parser", "pdf": {"engine": "mistral-ocr"}}
    assert file_parser("native", enabled=False) == {
        "id": "file-parser",
        "pdf": {"engine": "native"},
        "enabled": False,
    }
    assert_valid_request("POST", "/chat/completions", chat(plugins=[file_parser("pdf-text")]))


def test_moderation_and_response_healing() -> None:
    assert moderation() == {"id": "moderation"}
    assert response_healing() == {"id": "response-healing"}
    assert response_healing(enabled=False) == {"id": "response-healing", "enabled": False}
    body = chat(plugins=[moderation(), response_healing(enabled=False)])
    assert_valid_request("POST", "/chat/completions", body)


def test_auto_router() -> None:
    assert auto_router() == {"id": "auto-router"}
    plugin = auto_router(
        ["anthropic/*", "openai/gpt-4o"],
        excluded_models=["anthropic/claude-3-haiku"],
        cost_tier="low",
        pin_model=False,
    )
    assert plugin == {
        "id": "auto-router",
        "allowed_models": ["anthropic/*", "openai/gpt-4o"],
        "excluded_models": ["anthropic/claude-3-haiku"],
        "cost_tier": "low",
        "pin_model": False,
    }
    body = {"model": "openrouter/auto", "messages": [user("hi")], "plugins": [plugin]}
    assert_valid_request("POST", "/chat/completions", body)


def test_unknown_search_engine_fails() -> None:
    with pytest.raises(
        ValueError, match=r"web_search\(\): engine must be one of 'native', .*got 'bing'"
    ):
        web_search(engine="bing")  # type: ignore[arg-type]


def test_non_positive_max_results_fails() -> None:
    with pytest.raises(
        ValueError, match=r"web_search\(\): max_results must be a positive int, got 0"
    ):
        web_search(max_results=0)


def test_domains_as_a_bare_string_fail() -> None:
    with pytest.raises(
        TypeError, match=r"include_domains must be a list of strings, got 'arxiv.org'"
    ):
        web_search(include_domains="arxiv.org")


def test_unknown_pdf_engine_fails() -> None:
    with pytest.raises(
        ValueError, match=r"file_parser\(\): pdf_engine must be one of 'mistral-ocr'.*got 'ocr'"
    ):
        file_parser("ocr")  # type: ignore[arg-type]


def test_non_bool_enabled_fails() -> None:
    with pytest.raises(
        TypeError, match=r"response_healing\(\): enabled must be True or False, got 'no'"
    ):
        response_healing(enabled="no")  # type: ignore[arg-type]


def test_auto_router_models_as_a_bare_string_fail() -> None:
    with pytest.raises(
        TypeError, match="allowed_models must be a list of strings, got 'anthropic/\\*'"
    ):
        auto_router("anthropic/*")


def test_unknown_cost_tier_fails() -> None:
    with pytest.raises(ValueError, match=r"cost_tier must be one of 'low', .*got 'cheap'"):
        auto_router(cost_tier="cheap")  # type: ignore[arg-type]


# --- provider preferences --------------------------------------------------------------------------


def test_provider_empty() -> None:
    assert provider() == {}


def test_provider_every_field_and_falsy_values_kept() -> None:
    prefs = provider(
        order=["anthropic", "OpenAI"],
        only=("anthropic", "OpenAI", "together"),
        ignore=[],
        sort={"by": "throughput", "partition": "none"},
        max_price={"prompt": 1, "completion": 2.5, "request": "0.01", "image": Decimal("0")},
        quantizations=["fp8", "bf16"],
        zdr=False,
        data_collection="deny",
        allow_fallbacks=False,
        require_parameters=True,
        enforce_distillable_text=False,
        preferred_max_latency={"p50": 2, "p90": 5.5},
        preferred_min_throughput=0,
    )
    assert prefs == {
        "order": ["anthropic", "OpenAI"],
        "only": ["anthropic", "OpenAI", "together"],
        "ignore": [],
        "sort": {"by": "throughput", "partition": "none"},
        "max_price": {"prompt": "1", "completion": "2.5", "request": "0.01", "image": "0"},
        "quantizations": ["fp8", "bf16"],
        "zdr": False,
        "data_collection": "deny",
        "allow_fallbacks": False,
        "require_parameters": True,
        "enforce_distillable_text": False,
        "preferred_max_latency": {"p50": 2, "p90": 5.5},
        "preferred_min_throughput": 0,
    }
    assert_valid_request("POST", "/chat/completions", chat(provider=prefs))


def test_provider_sort_string_and_small_prices_as_plain_decimals() -> None:
    prefs = provider(sort="price", max_price={"prompt": 1e-05, "completion": "2E-3"})
    assert prefs == {"sort": "price", "max_price": {"prompt": "0.00001", "completion": "0.002"}}
    assert_valid_request("POST", "/chat/completions", chat(provider=prefs))


def test_provider_slugs_as_a_bare_string_fail() -> None:
    with pytest.raises(
        TypeError, match=r"provider\(\): order must be a list of strings, got 'openai'"
    ):
        provider(order="openai")


def test_unknown_sort_fails() -> None:
    with pytest.raises(
        ValueError,
        match="sort must be one of 'price', 'throughput', 'latency', 'exacto', got 'cheapest'",
    ):
        provider(sort="cheapest")  # type: ignore[arg-type]


def test_unknown_sort_key_fails() -> None:
    with pytest.raises(ValueError, match=r"sort takes 'by' and 'partition', not \['order'\]"):
        provider(sort={"by": "price", "order": "asc"})  # type: ignore[typeddict-unknown-key]


def test_unknown_quantization_fails() -> None:
    with pytest.raises(
        ValueError, match=r"each of quantizations must be one of 'int4', .*got 'q4_k_m'"
    ):
        provider(quantizations=["fp8", "q4_k_m"])  # type: ignore[list-item]


def test_unknown_data_collection_fails() -> None:
    with pytest.raises(
        ValueError, match="data_collection must be one of 'deny', 'allow', got 'never'"
    ):
        provider(data_collection="never")  # type: ignore[arg-type]


def test_unknown_price_key_fails() -> None:
    with pytest.raises(
        ValueError, match=r"each max_price key must be one of 'prompt', .*got 'input'"
    ):
        provider(max_price={"input": 1})


def test_negative_price_fails() -> None:
    with pytest.raises(
        ValueError, match=r"max_price\['prompt'\] must be a finite number >= 0, got -1"
    ):
        provider(max_price={"prompt": -1})


def test_non_numeric_price_fails() -> None:
    with pytest.raises(ValueError, match=r"max_price\['prompt'\] must be a number, got 'cheap'"):
        provider(max_price={"prompt": "cheap"})


def test_non_bool_flag_fails() -> None:
    with pytest.raises(TypeError, match="allow_fallbacks must be True or False, got 0"):
        provider(allow_fallbacks=0)  # type: ignore[arg-type]


def test_unknown_latency_percentile_fails() -> None:
    with pytest.raises(
        ValueError, match=r"preferred_max_latency takes p50, p75, p90, p99, not \['p95'\]"
    ):
        provider(preferred_max_latency={"p95": 1})  # type: ignore[typeddict-unknown-key]


# --- reasoning ------------------------------------------------------------------------------------


def test_reasoning() -> None:
    assert reasoning() == {}
    assert reasoning(effort="high", exclude=False) == {"effort": "high", "exclude": False}
    assert reasoning(max_tokens=2000, enabled=True, summary="concise") == {
        "max_tokens": 2000,
        "enabled": True,
        "summary": "concise",
    }
    assert_valid_request("POST", "/chat/completions", chat(reasoning=reasoning(effort="none")))
    body = chat(reasoning=reasoning(max_tokens=1024, exclude=True, enabled=True, summary="auto"))
    assert_valid_request("POST", "/chat/completions", body)


def test_reasoning_effort_and_max_tokens_together_fail() -> None:
    with pytest.raises(ValueError, match=r"reasoning\(\): give effort or max_tokens, not both"):
        reasoning(effort="low", max_tokens=100)


def test_unknown_reasoning_effort_fails() -> None:
    with pytest.raises(ValueError, match=r"effort must be one of 'max', .*got 'extreme'"):
        reasoning(effort="extreme")  # type: ignore[arg-type]


def test_non_positive_reasoning_budget_fails() -> None:
    with pytest.raises(ValueError, match="max_tokens must be a positive int, got -5"):
        reasoning(max_tokens=-5)


def test_unknown_reasoning_summary_fails() -> None:
    with pytest.raises(
        ValueError, match="summary must be one of 'auto', 'concise', 'detailed', got 'short'"
    ):
        reasoning(summary="short")  # type: ignore[arg-type]
