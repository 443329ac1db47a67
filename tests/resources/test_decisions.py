"""The plain decisions resources share between sync and async: paging, polling, folding."""

from __future__ import annotations

import inspect
import json

import pytest
from openrouter_api.api.models import get_models

from openrouter_client.resources._pages import next_args, page_kind
from openrouter_client.resources.generations import poll_delay
from openrouter_client.resources.models import ModelListFilters
from tests.conftest import ROOT
from tests.spec_facts import published_operations

SPEC = ROOT / "generated" / "openrouter.prepared.json"


def spec_operations() -> list[tuple[str, str, dict[str, object]]]:
    spec = json.loads(SPEC.read_text())
    return [
        (method.upper(), path, op)
        for path, item in spec["paths"].items()
        for method, op in item.items()
        if method in ("get", "post", "put", "patch", "delete")
    ]


# -- offset/limit ---------------------------------------------------------------------------------


def test_offset_advances_by_items_received() -> None:
    args = {"limit": 2, "offset": 4}
    assert next_args("offset", args, {"data": [1, 2]}, 2, 2) == {"limit": 2, "offset": 6}


def test_offset_stops_on_short_or_empty_page() -> None:
    assert next_args("offset", {"limit": 2}, {"data": [1]}, 1, 2) is None
    assert next_args("offset", {}, {"data": []}, 0, None) is None


def test_offset_total_count_wins_over_page_size() -> None:
    # A server capping the page below the asked limit must not end the walk early...
    assert next_args("offset", {"limit": 500}, {"total_count": 300}, 100, 500) == {
        "limit": 500,
        "offset": 100,
    }
    # ...and a full page at the end of the list needs no extra request.
    assert next_args("offset", {"offset": 8, "limit": 2}, {"total_count": 10}, 2, 2) is None


def test_offset_without_limit_walks_until_empty() -> None:
    # GET /keys takes an offset but no limit: only an empty page ends it.
    assert next_args("offset", {}, {"data": [1] * 7}, 7, None) == {"offset": 7}


# -- cursor ---------------------------------------------------------------------------------------


def test_cursor_follows_opaque_cursor_until_null() -> None:
    raw = {"data": [1], "cursor": "c2", "has_more": True}
    assert next_args("cursor", {"cursor": "c1", "limit": 1}, raw, 1, None) == {
        "cursor": "c2",
        "limit": 1,
    }
    assert next_args("cursor", {}, {"data": [1], "cursor": None}, 1, None) is None


def test_cursor_repeated_is_the_end_not_a_loop() -> None:
    assert next_args("cursor", {"cursor": "same"}, {"cursor": "same"}, 1, None) is None


def test_provider_file_lists_page_by_last_id() -> None:
    openai = {"object": "list", "data": [1], "has_more": True, "last_id": "f9"}
    assert next_args("cursor", {"provider": "openai"}, openai, 1, None) == {
        "provider": "openai",
        "after": "f9",
    }
    anthropic = {"data": [1], "has_more": True, "last_id": "f9"}
    assert next_args("cursor", {}, anthropic, 1, None) == {"after_id": "f9"}
    assert next_args("cursor", {}, {**anthropic, "has_more": False}, 1, None) is None


def test_page_kind_matches_spec_pagination() -> None:
    """Every operation ``x-speakeasy-pagination`` marks in spec/: the pager infers the same kind
    from the generated module's parameters."""
    import importlib
    import re

    from openrouter_api.api import OPERATIONS

    modules = {}
    for package, names in OPERATIONS.values():
        for name in names:
            module = importlib.import_module(f"openrouter_api.api.{package}.{name}")
            modules[(module.METHOD, re.sub(r"\{[^}]*\}", "{}", module.PATH))] = module
    marked = 0
    for method, path, op in spec_operations():
        pagination = op.get("x-speakeasy-pagination")
        if not pagination:
            continue
        marked += 1
        module = modules.get((method, re.sub(r"\{[^}]*\}", "{}", path)))
        assert module is not None, f"{method} {path} is paginated but not generated"
        expected = {"offsetLimit": "offset", "cursor": "cursor"}[pagination["type"]]  # type: ignore[index]
        assert page_kind(module) == expected, (method, path)
    assert marked == sum(1 for *_, op in published_operations() if op.get("x-speakeasy-pagination"))


# -- polling --------------------------------------------------------------------------------------


def test_poll_delay_doubles_caps_and_never_oversleeps() -> None:
    assert poll_delay(0, 0.0, 10.0) == 0.5
    assert poll_delay(1, 0.5, 10.0) == 1.0
    assert poll_delay(5, 1.0, 10.0) == 4.0
    assert poll_delay(3, 9.5, 10.0) == pytest.approx(0.5)
    assert poll_delay(0, 10.0, 10.0) is None
    assert poll_delay(0, 0.0, 0.0) is None  # no wait asked: the first 404 is final


# -- model filters stay in step with the spec ----------------------------------------------------


def test_model_list_filters_are_query_parameters_of_get_models() -> None:
    parameters = set(inspect.signature(get_models.build_request).parameters)
    assert set(ModelListFilters.__annotations__) <= parameters
    # Everything the spec offers except paging (the pager's) and RSS output (not JSON).
    missing = parameters - set(ModelListFilters.__annotations__)
    assert missing == {"offset", "use_rss", "use_rss_chat_links"}


def test_resources_cost_nothing_until_used() -> None:
    """``import openrouter_client`` loads no resource; reaching a resource loads no model."""
    import subprocess
    import sys

    code = (
        "import sys, openrouter_client as o\n"
        "assert not [m for m in sys.modules if '.resources' in m or m.startswith('openrouter_api')]\n"
        "c = o.OpenRouter(api_key='k')\n"
        "c.models, c.responses, c.guardrails, c.audio, c.keys\n"
        "assert 'openrouter_api.models' not in sys.modules, sorted(sys.modules)\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
