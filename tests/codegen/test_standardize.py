"""Standardize steps, each on a small fragment of a dialect OpenRouter has published."""

from __future__ import annotations

import json
from typing import Any

import pytest
import yaml

from codegen.load import parse_text
from codegen.standardize import (
    STANDARDIZE_STEPS,
    StandardizeError,
    check_standard,
    declare_3_1,
    declare_path_parameters,
    drop_empty_content,
    enum_objects_to_values,
    exclusive_bounds_to_numbers,
    flatten_tags,
    name_operations,
    nullable_to_type_lists,
    one_example_style,
    operation_id_for,
    standardize,
)

NULL = {"type": "null"}


def _spec(operation: dict[str, Any], schemas: dict[str, Any] | None = None) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "paths": {"/chat": {"post": {"operationId": "chat", **operation}}},
        "components": {"schemas": schemas or {}},
    }


def _schemas(schemas: dict[str, Any]) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": {}, "components": {"schemas": schemas}}


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
        {
            "A": {"enum": [{"value": "x"}]},
            "B": {"type": "stringLiteral"},
            "C": {"type": "string", "nullable": True},
            "D": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
        },
    )
    spec["paths"]["/chat"]["get"] = {}
    with pytest.raises(StandardizeError) as caught:
        check_standard(spec)
    message = str(caught.value)
    assert "6 non-standard" in message
    assert "enum with object members" in message and "stringLiteral" in message
    assert "tags must be a list of strings" in message
    assert "3.0 `nullable`" in message and "boolean `exclusiveMinimum`" in message
    assert "GET /chat: operationId missing" in message


def test_standardize_runs_every_step_and_passes_its_own_check() -> None:
    assert [name for name, _ in STANDARDIZE_STEPS][-1] == "check_standard"
    spec = standardize(
        _spec(
            {"tags": [["chat"]], "responses": {"500": {"description": "x", "content": {}}}},
            {"A": {"type": "string", "enum": [{"type": "stringLiteral", "value": "a"}]}},
        )
    )
    assert spec["components"]["schemas"]["A"]["enum"] == ["a"]


# --- operations without operationId ---------------------------------------------------------------


def test_operation_id_for_reads_like_the_path() -> None:
    assert operation_id_for("get", "/keys") == "getKeys"
    assert operation_id_for("delete", "/keys/{hash}") == "deleteKeysByHash"
    assert operation_id_for("get", "/models/{author}/{slug}/endpoints") == (
        "getModelsByAuthorBySlugEndpoints"
    )
    assert operation_id_for("post", "/api/v1/usage-stats") == "postApiV1UsageStats"


def test_name_operations_fills_missing_and_repeated_ids() -> None:
    spec = {
        "paths": {
            "/keys": {"get": {"operationId": "listKeys"}, "post": {}},
            "/keys/{hash}": {"get": {"operationId": "listKeys"}, "delete": {"operationId": ""}},
            "/other": {"get": {"operationId": "postKeys"}},
        }
    }
    name_operations(spec)
    ids = {
        (path, method): operation["operationId"]
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    }
    assert ids == {
        ("/keys", "get"): "listKeys",
        ("/keys", "post"): "postKeys2",  # derived, but `postKeys` is taken elsewhere
        ("/keys/{hash}", "get"): "listKeys2",  # repeated: the first keeps the name
        ("/keys/{hash}", "delete"): "deleteKeysByHash",
        ("/other", "get"): "postKeys",
    }


def test_derived_ids_do_not_depend_on_other_operations() -> None:
    alone = name_operations({"paths": {"/b": {"get": {}}}})
    crowded = name_operations({"paths": {"/a": {"get": {}}, "/b": {"get": {}}}})
    assert alone["paths"]["/b"]["get"] == crowded["paths"]["/b"]["get"] == {"operationId": "getB"}


def test_declare_path_parameters() -> None:
    spec = {
        "paths": {
            "/keys/{hash}/items/{item}": {
                "parameters": [{"$ref": "#/components/parameters/Hash"}],
                "get": {"parameters": [{"name": "q", "in": "query"}]},
                "delete": {
                    "parameters": [{"name": "item", "in": "path", "schema": {"type": "integer"}}]
                },
            }
        },
        "components": {"parameters": {"Hash": {"name": "hash", "in": "path", "required": False}}},
    }
    declare_path_parameters(spec)
    item = spec["paths"]["/keys/{hash}/items/{item}"]
    assert item["get"]["parameters"] == [
        {"name": "q", "in": "query"},
        {"name": "item", "in": "path", "required": True, "schema": {"type": "string"}},
    ]
    assert item["delete"]["parameters"] == [
        {"name": "item", "in": "path", "schema": {"type": "integer"}, "required": True}
    ]
    assert spec["components"]["parameters"]["Hash"]["required"] is True


# --- OpenAPI 3.0 idioms in 3.1 documents ----------------------------------------------------------


def test_nullable_with_a_type_becomes_a_type_list() -> None:
    schemas = nullable_to_type_lists(
        _schemas(
            {
                "S": {"type": "string", "nullable": True, "description": "d"},
                "E": {"type": "string", "enum": ["a", "b"], "nullable": True},
                "L": {"type": ["integer", "string"], "nullable": True},
                "F": {"type": "string", "nullable": False},
                "P": {
                    "type": "object",
                    "properties": {"x": {"type": "integer", "nullable": True}},
                    "nullable": True,
                },
            }
        )
    )["components"]["schemas"]
    assert schemas["S"] == {"type": ["string", "null"], "description": "d"}
    assert schemas["E"] == {"type": ["string", "null"], "enum": ["a", "b", None]}
    assert schemas["L"]["type"] == ["integer", "string", "null"]
    assert schemas["F"] == {"type": "string"}
    assert schemas["P"]["type"] == ["object", "null"]
    assert schemas["P"]["properties"]["x"] == {"type": ["integer", "null"]}


def test_nullable_without_a_type_becomes_a_union_with_null() -> None:
    ref = {"$ref": "#/components/schemas/X"}
    schemas = nullable_to_type_lists(
        _schemas(
            {
                "R": {**ref, "nullable": True, "description": "d"},
                "A": {"allOf": [ref], "nullable": True, "example": 1},
                "U": {"anyOf": [ref, {"type": "string"}], "nullable": True},
                "T": {"type": "object", "allOf": [ref], "nullable": True},
                "Any": {"nullable": True, "description": "anything"},
            }
        )
    )["components"]["schemas"]
    assert schemas["R"] == {"description": "d", "anyOf": [ref, NULL]}
    assert schemas["A"] == {"example": 1, "anyOf": [{"allOf": [ref]}, NULL]}
    assert schemas["U"] == {"anyOf": [ref, {"type": "string"}, NULL]}
    # `type` beside `allOf`: a type list would still be refused by the allOf, so it is wrapped.
    assert schemas["T"] == {"anyOf": [{"type": "object", "allOf": [ref]}, NULL]}
    assert schemas["Any"] == {"description": "anything"}  # already admits null


def test_nullable_written_on_members_of_a_composition() -> None:
    ref = {"$ref": "#/components/schemas/X"}
    schemas = nullable_to_type_lists(
        _schemas(
            {
                # zod-to-openapi's `X.nullable()`: an allOf member that only says "nullable"
                "Marker": {"allOf": [ref, {"nullable": True, "type": "object", "properties": {}}]},
                "Bare": {"allOf": [ref, {"nullable": True}]},
                "Extended": {
                    "allOf": [ref, {"type": "object", "nullable": True, "properties": {"y": {}}}]
                },
                "Variant": {"anyOf": [ref, {"nullable": True}]},
            }
        )
    )["components"]["schemas"]
    assert schemas["Marker"] == {"anyOf": [{"allOf": [ref]}, NULL]}
    assert schemas["Bare"] == {"anyOf": [{"allOf": [ref]}, NULL]}
    assert schemas["Extended"] == {
        "anyOf": [{"allOf": [ref, {"type": "object", "properties": {"y": {}}}]}, NULL]
    }
    assert schemas["Variant"] == {"anyOf": [ref, NULL]}


def test_nullable_is_read_only_where_schemas_are() -> None:
    """A property *named* ``nullable`` and schemas of parameters and headers."""
    spec = _spec(
        {
            "parameters": [
                {"name": "q", "in": "query", "schema": {"type": "string", "nullable": True}}
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "headers": {"X-A": {"schema": {"type": "integer", "nullable": True}}},
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/O"}}},
                }
            },
        },
        {"O": {"type": "object", "properties": {"nullable": {"type": "boolean"}}}},
    )
    nullable_to_type_lists(spec)
    operation = spec["paths"]["/chat"]["post"]
    assert operation["parameters"][0]["schema"]["type"] == ["string", "null"]
    assert operation["responses"]["200"]["headers"]["X-A"]["schema"]["type"] == ["integer", "null"]
    assert spec["components"]["schemas"]["O"]["properties"] == {"nullable": {"type": "boolean"}}


def test_exclusive_bounds_to_numbers() -> None:
    schemas = exclusive_bounds_to_numbers(
        _schemas(
            {
                "A": {"type": "number", "minimum": 0, "exclusiveMinimum": True},
                "B": {"type": "number", "maximum": 9, "exclusiveMaximum": False},
                "C": {"type": "number", "exclusiveMinimum": True},
                "D": {"type": "number", "exclusiveMinimum": 1},
            }
        )
    )["components"]["schemas"]
    assert schemas["A"] == {"type": "number", "exclusiveMinimum": 0}
    assert schemas["B"] == {"type": "number", "maximum": 9}
    assert schemas["C"] == {"type": "number"}
    assert schemas["D"] == {"type": "number", "exclusiveMinimum": 1}  # already 3.1


def test_one_example_style() -> None:
    spec = _spec(
        {
            "parameters": [
                {"name": "q", "in": "query", "example": "a", "examples": {"b": {"value": "b"}}}
            ],
            "responses": {
                "200": {
                    "description": "ok",
                    "content": {
                        "application/json": {
                            "example": {"id": 1},
                            "examples": {"example": {"value": {"id": 2}}},
                        }
                    },
                }
            },
        },
        {
            "A": {"type": "integer", "example": 1, "examples": [2]},
            "B": {"type": "integer", "example": 2, "examples": [2]},
            "C": {"type": "integer", "example": 3},
        },
    )
    one_example_style(spec)
    operation = spec["paths"]["/chat"]["post"]
    assert operation["parameters"][0] == {
        "name": "q",
        "in": "query",
        "examples": {"b": {"value": "b"}, "example": {"value": "a"}},
    }
    media = operation["responses"]["200"]["content"]["application/json"]
    assert media == {
        "examples": {"example": {"value": {"id": 2}}, "example2": {"value": {"id": 1}}}
    }
    schemas = spec["components"]["schemas"]
    assert schemas["A"] == {"type": "integer", "examples": [1, 2]}
    assert schemas["B"] == {"type": "integer", "examples": [2]}
    assert schemas["C"] == {"type": "integer", "example": 3}  # alone it is fine


def test_declare_3_1() -> None:
    assert declare_3_1({"openapi": "3.0.3"})["openapi"] == "3.1.0"
    assert declare_3_1({"openapi": "3.1.1"})["openapi"] == "3.1.1"


@pytest.mark.parametrize("form", ["yaml", "json"])
def test_a_3_0_style_document_standardizes_from_yaml_or_json(form: str) -> None:
    document = {
        "openapi": "3.0.3",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/items/{id}": {
                "get": {
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {
                                        "type": "object",
                                        "nullable": True,
                                        "properties": {
                                            "n": {
                                                "type": "integer",
                                                "minimum": 0,
                                                "exclusiveMinimum": True,
                                            }
                                        },
                                    }
                                }
                            },
                        }
                    }
                }
            }
        },
    }
    text = json.dumps(document) if form == "json" else yaml.safe_dump(document)
    spec = standardize(parse_text(text))
    operation = spec["paths"]["/items/{id}"]["get"]
    assert operation["operationId"] == "getItemsById"
    schema = operation["responses"]["200"]["content"]["application/json"]["schema"]
    assert schema["type"] == ["object", "null"]
    assert schema["properties"]["n"] == {"type": "integer", "exclusiveMinimum": 0}
    assert spec["openapi"] == "3.1.0"
