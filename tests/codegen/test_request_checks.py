"""codegen/request_checks.py: the tables the facade checks requests against, on fragments."""

from __future__ import annotations

from typing import Any

from codegen.request_checks import build_tables, render


def spec(
    body: dict[str, Any], parameters: list[Any] | None = None, **schemas: Any
) -> dict[str, Any]:
    op: dict[str, Any] = {"parameters": parameters or []}
    if body:
        op["requestBody"] = {"content": {"application/json": {"schema": body}}}
    return {"paths": {"/things": {"post": op}}, "components": {"schemas": schemas}}


def table(body: dict[str, Any], parameters: list[Any] | None = None, **schemas: Any) -> Any:
    operations, items = build_tables(spec(body, parameters, **schemas))
    return operations["POST /things"], items


def test_types_nulls_and_enums_of_top_level_fields() -> None:
    body = {
        "type": "object",
        "required": ["model"],
        "properties": {
            "model": {"type": "string"},
            "temperature": {"type": ["number", "null"]},
            "count": {"type": "integer"},
            "tier": {"anyOf": [{"type": "string", "enum": ["a", "b"]}, {"type": "null"}]},
            "stop": {"anyOf": [{"type": "string"}, {"type": "array", "items": {}}]},
            "free": {"description": "anything"},
            "choice": {"oneOf": [{"type": "string", "enum": ["auto"]}, {"type": "object"}]},
            "kind": {"const": "x"},
        },
    }
    checks, _ = table(body)
    fields = checks["body"]["fields"]
    assert fields["model"] == ("s", None, None, None)
    assert fields["temperature"] == ("nz", None, None, None)
    assert fields["count"] == ("i", None, None, None)
    assert fields["tier"] == ("sz", ("a", "b"), None, None)  # null does not open the enum
    assert fields["stop"] == ("as", None, None, None)
    assert fields["free"] == ("", None, None, None)  # the spec does not say: not checked
    assert fields["choice"] == ("os", None, None, None)  # an object variant opens the enum
    assert fields["kind"] == ("s", ("x",), None, None)
    assert checks["body"]["required"] == ("model",)
    assert checks["body"]["open"] is False


def test_discriminated_items_and_min_items() -> None:
    message = {
        "oneOf": [{"$ref": "#/components/schemas/User"}, {"$ref": "#/components/schemas/Tool"}],
        "discriminator": {"propertyName": "role"},
    }
    body = {
        "type": "object",
        "properties": {
            "messages": {
                "type": "array",
                "minItems": 1,
                "items": {"$ref": "#/components/schemas/Msg"},
            }
        },
    }
    user = {"required": ["role", "content"], "properties": {"role": {"enum": ["user"]}}}
    tool = {"required": ["role", "tool_call_id"], "properties": {"role": {"const": "tool"}}}
    checks, items = table(body, Msg=message, User=user, Tool=tool)
    assert checks["body"]["fields"]["messages"] == ("a", None, 1, "Msg")
    assert items == {
        "Msg": ("role", {"tool": ("role", "tool_call_id"), "user": ("role", "content")})
    }


def test_a_union_without_a_discriminator_is_not_item_checked() -> None:
    body = {
        "type": "object",
        "properties": {"parts": {"type": "array", "items": {"oneOf": [{"type": "string"}]}}},
    }
    checks, items = table(body)
    assert checks["body"]["fields"]["parts"] == ("a", None, None, None) and items == {}


def test_parameters_and_open_bodies() -> None:
    parameters = [
        {"name": "sort", "in": "query", "schema": {"type": "string", "enum": ["new", "old"]}},
        {"name": "X-Trace", "in": "header", "schema": {"type": "string"}},
        {"name": "session", "in": "cookie", "schema": {"type": "string"}},  # not checked
    ]
    body = {"type": "object", "properties": {"a": {}}, "additionalProperties": True}
    checks, _ = table(body, parameters)
    assert checks["params"] == {
        "X-Trace": ("s", None, None, None),
        "sort": ("s", ("new", "old"), None, None),
    }
    assert checks["body"]["open"] is True


def test_the_rendered_module_is_python_that_gives_the_tables_back() -> None:
    body = {"type": "object", "properties": {"x": {"type": "string", "enum": ["é"]}}}
    namespace: dict[str, Any] = {}
    exec(render(spec(body)), namespace)
    assert namespace["OPERATIONS"]["POST /things"]["body"]["fields"]["x"] == (
        "s",
        ("é",),
        None,
        None,
    )
    assert namespace["ITEMS"] == {}
