"""Standardize steps, each on a small fragment of the docs-site dialect."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.standardize import (
    STANDARDIZE_STEPS,
    StandardizeError,
    check_standard,
    drop_empty_content,
    enum_objects_to_values,
    flatten_tags,
    standardize,
)


def _spec(operation: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {"/chat": {"post": operation}},
        "components": {"schemas": schemas or {}},
    }


def test_flatten_tags() -> None:
    spec = flatten_tags(_spec({"tags": [["subpackage_chat"], "chat", ["chat"]]}))
    assert spec["paths"]["/chat"]["post"]["tags"] == ["subpackage_chat", "chat"]


def test_enum_objects_to_values() -> None:
    spec = enum_objects_to_values(
        _spec(
            {},
            {
                "A": {"type": "string", "enum": [{"value": "deny"}, {"value": "allow"}]},
                "B": {"enum": [{"type": "stringLiteral", "value": "text"}]},
                "C": {"const": {"type": "stringLiteral", "value": "x"}},
                "D": {"enum": ["plain", None]},
            },
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["A"]["enum"] == ["deny", "allow"]
    assert schemas["B"]["enum"] == ["text"]
    assert schemas["C"]["const"] == "x"
    assert schemas["D"]["enum"] == ["plain", None]


def test_drop_empty_content() -> None:
    spec = drop_empty_content(
        _spec(
            {
                "responses": {
                    "400": {"description": "bad", "content": {}},
                    "200": {"description": "ok", "content": {"application/json": {}}},
                }
            }
        )
    )
    responses = spec["paths"]["/chat"]["post"]["responses"]
    assert responses["400"] == {"description": "bad"}
    assert "content" in responses["200"]


def test_check_standard_names_every_leftover() -> None:
    spec = _spec(
        {"tags": [["nested"]]},
        {"A": {"enum": [{"value": "x"}]}, "B": {"type": "stringLiteral"}},
    )
    with pytest.raises(StandardizeError) as caught:
        check_standard(spec)
    message = str(caught.value)
    assert "3 non-standard" in message
    assert "enum with object members" in message and "stringLiteral" in message
    assert "tags must be a list of strings" in message


def test_standardize_runs_every_step_and_passes_its_own_check() -> None:
    assert [name for name, _ in STANDARDIZE_STEPS][-1] == "check_standard"
    spec = standardize(
        _spec(
            {"tags": [["chat"]], "responses": {"500": {"description": "x", "content": {}}}},
            {"A": {"type": "string", "enum": [{"type": "stringLiteral", "value": "a"}]}},
        )
    )
    assert spec["components"]["schemas"]["A"]["enum"] == ["a"]
