"""Normalize steps, each on a small spec fragment."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from codegen.normalize import NORMALIZE_STEPS, schema_renames
from codegen.normalize.steps import (
    binary_media_as_octet_stream,
    collapse_annotation_allof,
    distinct_class_names,
    flatten_allof,
    intersect_enum_allof,
    merge_string_literal_unions,
    name_inline_bodies,
    name_inline_union_variants,
    nullable_schemas_to_references,
    rename_schemas,
    resolve_schema_aliases,
    split_mixed_enums,
    split_nullable_types,
    undecodable_media_as_text,
)

NULL = {"type": "null"}


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def spec_of(schemas: dict[str, Any], paths: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"openapi": "3.1.0", "paths": paths or {}, "components": {"schemas": schemas}}


def test_steps_are_named_and_ordered() -> None:
    names = [name for name, _ in NORMALIZE_STEPS]
    assert len(names) == len(set(names))
    assert names.index("rename_schemas") < names.index("name_inline_union_variants")
    assert names.index("collapse_annotation_allof") < names.index("flatten_allof")
    assert names.index("nullable_schemas_to_references") < names.index("intersect_enum_allof")
    assert names.index("binary_media_as_octet_stream") < names.index("undecodable_media_as_text")
    assert names[-1] == "distinct_class_names"  # after every step that names a schema


def test_binary_media_as_octet_stream() -> None:
    binary = {"schema": {"type": "string", "format": "binary"}}
    spec = binary_media_as_octet_stream(
        spec_of(
            {},
            {
                "/speech": {
                    "post": {
                        "responses": {
                            "200": {"content": {"audio/*": dict(binary)}},
                            "400": {"content": {"application/json": {"schema": {}}}},
                        }
                    }
                }
            },
        )
    )
    responses = spec["paths"]["/speech"]["post"]["responses"]
    assert list(responses["200"]["content"]) == ["application/octet-stream"]
    assert responses["200"]["content"]["application/octet-stream"]["x-original-content-type"] == (
        "audio/*"
    )
    assert list(responses["400"]["content"]) == ["application/json"]


def test_collapse_annotation_allof() -> None:
    spec = collapse_annotation_allof(
        spec_of(
            {
                "Speed": {"type": ["string", "null"], "enum": ["fast", None]},
                "Holder": {
                    "properties": {
                        "speed": {"allOf": [ref("Speed"), {"description": "How fast"}]},
                        "other": {"allOf": [ref("Speed"), {"properties": {"x": {}}}]},
                    }
                },
            }
        )
    )
    properties = spec["components"]["schemas"]["Holder"]["properties"]
    assert properties["speed"] == {**ref("Speed"), "description": "How fast"}
    assert "allOf" in properties["other"]  # a real composition is left alone


def test_merge_string_literal_unions() -> None:
    spec = merge_string_literal_unions(
        spec_of(
            {
                "ToolChoice": {
                    "oneOf": [
                        {"type": "string", "const": "none"},
                        {"type": "string", "enum": ["auto"]},
                        {"type": "string", "enum": ["required"]},
                        ref("NamedToolChoice"),
                    ]
                },
                "Role": {
                    "description": "who",
                    "anyOf": [{"type": "string", "enum": ["user"]}, {"enum": ["system"]}],
                },
                "Open": {"anyOf": [{"type": "string", "enum": ["a"]}, {"type": "string"}]},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["ToolChoice"]["oneOf"] == [
        {"type": "string", "enum": ["none", "auto", "required"]},
        ref("NamedToolChoice"),
    ]
    assert schemas["Role"] == {"type": "string", "enum": ["user", "system"], "description": "who"}
    assert len(schemas["Open"]["anyOf"]) == 2  # one literal set and a free string: unchanged


def test_nullable_schemas_to_references() -> None:
    spec = nullable_schemas_to_references(
        spec_of(
            {
                "Prefs": {"type": ["object", "null"], "properties": {"a": {"type": "string"}}},
                "Effort": {"type": ["string", "null"], "enum": ["low", "high", None]},
                "Usage": {"anyOf": [{"type": "object"}, NULL], "description": "usage"},
                "Request": {
                    "properties": {
                        "provider": {**ref("Prefs"), "description": "routing"},
                        "effort": {"anyOf": [ref("Effort"), {"type": "integer"}]},
                        "usage": ref("Usage"),
                    }
                },
                "Extended": {"allOf": [ref("Prefs"), {"properties": {"b": {}}}]},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["Prefs"]["type"] == "object"
    assert schemas["Effort"] == {"type": "string", "enum": ["low", "high"]}
    assert schemas["Usage"] == {"type": "object", "description": "usage"}
    properties = schemas["Request"]["properties"]
    assert properties["provider"] == {"anyOf": [ref("Prefs"), NULL], "description": "routing"}
    assert properties["effort"] == {"anyOf": [ref("Effort"), {"type": "integer"}, NULL]}
    assert properties["usage"] == {"anyOf": [ref("Usage"), NULL]}
    assert schemas["Extended"]["allOf"][0] == ref("Prefs")  # composition stays non-null


def test_resolve_schema_aliases() -> None:
    spec = resolve_schema_aliases(
        spec_of(
            {
                "Real": {"type": "object"},
                "Alias": {**ref("Real"), "description": "alias text"},
                "AliasOfAlias": ref("Alias"),
                "User": {
                    "properties": {
                        "a": ref("Alias"),
                        "b": {**ref("AliasOfAlias"), "description": "own"},
                    },
                    "discriminator": {"mapping": {"x": "#/components/schemas/Alias"}},
                },
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert set(schemas) == {"Real", "User"}
    assert schemas["User"]["properties"]["a"] == {**ref("Real"), "description": "alias text"}
    assert schemas["User"]["properties"]["b"] == {**ref("Real"), "description": "own"}
    assert schemas["User"]["discriminator"]["mapping"]["x"] == "#/components/schemas/Real"


def test_flatten_allof_later_members_override() -> None:
    spec = flatten_allof(
        spec_of(
            {
                "Base": {
                    "type": "object",
                    "properties": {"content": {"type": "array"}, "id": {"type": "string"}},
                    "required": ["id", "content"],
                },
                "Item": {
                    "description": "an item",
                    "allOf": [
                        ref("Base"),
                        {
                            "type": "object",
                            "properties": {"content": {"type": ["array", "null"]}},
                            "required": ["kind"],
                        },
                    ],
                },
                "OverUnion": {"allOf": [ref("Union"), {"properties": {}}]},
                "Union": {"oneOf": [{"type": "string"}, {"type": "integer"}]},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["Item"] == {
        "type": "object",
        "properties": {"content": {"type": ["array", "null"]}, "id": {"type": "string"}},
        "required": ["id", "content", "kind"],
        "description": "an item",
    }
    assert "allOf" in schemas["OverUnion"]  # not all objects: left alone
    schemas["Item"]["properties"]["id"]["type"] = "integer"
    assert schemas["Base"]["properties"]["id"]["type"] == "string"  # copied, not shared


def test_split_nullable_types() -> None:
    spec = split_nullable_types(
        spec_of(
            {
                "Top": {"type": ["object", "null"]},  # components: left to the references step
                "Holder": {
                    "properties": {
                        "metadata": {
                            "type": ["object", "null"],
                            "additionalProperties": {},
                            "description": "meta",
                        },
                        "effort": {"type": ["string", "null"], "enum": ["low", None]},
                        "sizes": {
                            "type": ["array", "null"],
                            "items": {"type": "string", "enum": ["1x1"]},
                        },
                        "name": {"type": ["string", "null"]},
                    }
                },
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["Top"] == {"type": ["object", "null"]}
    properties = schemas["Holder"]["properties"]
    assert properties["metadata"] == {
        "anyOf": [{"type": "object", "additionalProperties": {}}, NULL],
        "description": "meta",
    }
    assert properties["effort"] == {"anyOf": [{"type": "string", "enum": ["low"]}, NULL]}
    assert properties["sizes"]["anyOf"][0]["type"] == "array"
    assert properties["name"] == {"type": ["string", "null"]}  # the generator handles these


def test_name_inline_bodies() -> None:
    body = {"type": "object", "properties": {"name": {"type": "string"}}}
    spec = name_inline_bodies(
        spec_of(
            {"ListThingsResponse": {"type": "object"}},
            {
                "/keys": {
                    "post": {
                        "operationId": "createKeys",
                        "requestBody": {"content": {"application/json": {"schema": dict(body)}}},
                        "responses": {
                            "201": {"content": {"application/json": {"schema": dict(body)}}}
                        },
                    },
                    "get": {
                        "operationId": "listThings",
                        "responses": {
                            "200": {"content": {"application/json": {"schema": dict(body)}}},
                        },
                    },
                }
            },
        )
    )
    schemas = spec["components"]["schemas"]
    assert {"CreateKeysRequest", "CreateKeysResponse", "ListThingsResponseBody"} <= set(schemas)
    post = spec["paths"]["/keys"]["post"]
    assert post["requestBody"]["content"]["application/json"]["schema"] == ref("CreateKeysRequest")


def test_name_inline_union_variants() -> None:
    text = {"type": "object", "properties": {"type": {"type": "string", "enum": ["text"]}}}
    image = {"type": "object", "properties": {"type": {"type": "string", "enum": ["image_url"]}}}
    spec = name_inline_union_variants(
        spec_of(
            {
                "ContentPart": {"oneOf": [text, image, {"type": "string"}]},
                "ErrorData": {
                    "properties": {
                        "metadata": {
                            "anyOf": [{"type": "object", "additionalProperties": {}}, NULL]
                        },
                        "sizes": {
                            "anyOf": [
                                {"type": "array", "items": {"type": "string", "enum": ["1x1"]}},
                                NULL,
                            ]
                        },
                    }
                },
                "Approval": {"anyOf": [{"type": "object"}, {"type": "string", "enum": ["always"]}]},
                "Same": {"anyOf": [dict(text), {"type": "integer"}]},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["ContentPart"]["oneOf"][:2] == [
        ref("ContentPartText"),
        ref("ContentPartImageUrl"),
    ]
    assert schemas["ErrorData"]["properties"]["metadata"]["anyOf"][0] == ref("ErrorDataMetadata")
    assert schemas["ErrorData"]["properties"]["sizes"]["anyOf"][0]["items"] == ref(
        "ErrorDataSizesItem"
    )
    assert schemas["Approval"]["anyOf"] == [ref("ApprovalObject"), ref("ApprovalEnum")]
    assert schemas["Same"]["anyOf"][0] == ref("ContentPartText")  # identical: reused


def test_rename_schemas() -> None:
    spec = rename_schemas(
        spec_of(
            {
                "__schema0": {"type": "object"},
                "User": {
                    "properties": {"p": ref("__schema0")},
                    "discriminator": {"mapping": {"a": "#/components/schemas/__schema0"}},
                },
            }
        ),
        {"__schema0": "ProviderPreferences", "Absent": "Whatever"},
    )
    schemas = spec["components"]["schemas"]
    assert list(schemas) == ["ProviderPreferences", "User"]
    assert schemas["User"]["properties"]["p"] == ref("ProviderPreferences")
    assert schemas["User"]["discriminator"]["mapping"]["a"].endswith("/ProviderPreferences")
    with pytest.raises(ValueError, match="merge distinct schemas"):
        rename_schemas(spec_of({"A": {}, "B": {}}), {"A": "B"})


def test_class_names_file_has_the_class_overrides_shape() -> None:
    renames = schema_renames()
    assert renames["Schema0"] == "ProviderPreferences"
    assert all(name.isidentifier() for name in renames.values())


def test_class_names_rejects_other_shapes(tmp_path: Path) -> None:
    (tmp_path / "names.yaml").write_text("A: B\n", encoding="utf-8")
    with pytest.raises(ValueError, match="class_name"):
        schema_renames(tmp_path / "names.yaml")


def test_intersect_enum_allof() -> None:
    tier = {"type": "string", "enum": ["auto", "default", "flex"]}
    spec = intersect_enum_allof(
        spec_of(
            {
                "Tier": tier,
                "Restated": {
                    "description": "tier",
                    "allOf": [
                        ref("Tier"),
                        {"enum": ["flex", "auto", "default"], "example": "auto"},
                    ],
                },
                "Narrowed": {"allOf": [ref("Tier"), {"enum": ["flex", "auto", "other"]}]},
                "Inline": {"allOf": [{"enum": [1, 2, 3]}, {"enum": [3, 2]}]},
                "Objects": {"allOf": [ref("Tier"), {"type": "object"}]},
                "Disjoint": {"allOf": [{"enum": ["a"]}, {"enum": ["b"]}]},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["Restated"] == {**ref("Tier"), "example": "auto", "description": "tier"}
    assert schemas["Narrowed"] == {"type": "string", "enum": ["auto", "flex"]}
    assert schemas["Inline"] == {"enum": [2, 3]}
    assert "allOf" in schemas["Objects"]  # not all enums: flatten_allof's business
    assert "allOf" in schemas["Disjoint"]  # contradictory: left for the generator to report
    assert schemas["Tier"] == tier


def test_undecodable_media_as_text() -> None:
    def answer(*media_types: str) -> dict[str, Any]:
        return {
            "description": "ok",
            "content": {
                media: {"schema": {"$ref": "#/components/schemas/Row"}} for media in media_types
            },
        }

    spec = undecodable_media_as_text(
        spec_of(
            {},
            {
                "/rows": {
                    "get": {
                        "responses": {
                            "200": answer("application/x-ndjson"),
                            "203": answer("application/json", "application/rss+xml"),
                            "206": answer("application/problem+json"),
                            "204": {"description": "none"},
                        }
                    }
                }
            },
        )
    )
    responses = spec["paths"]["/rows"]["get"]["responses"]
    assert responses["200"]["content"] == {
        "text/plain": {
            "schema": {"type": "string"},
            "x-original-content-type": "application/x-ndjson",
            "x-original-schema": ref("Row"),
        }
    }
    # Responses the generator can decode in one of their media types are left as they are.
    assert list(responses["203"]["content"]) == ["application/json", "application/rss+xml"]
    assert list(responses["206"]["content"]) == ["application/problem+json"]
    assert responses["204"] == {"description": "none"}


def test_split_mixed_enums() -> None:
    spec = split_mixed_enums(
        spec_of(
            {
                "Mixed": {"description": "d", "enum": ["auto", 1, 2, None]},
                "Flags": {"enum": [True, "yes"]},
                "Plain": {"type": "string", "enum": ["a", None]},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert schemas["Mixed"] == {
        "anyOf": [
            {"type": "string", "enum": ["auto"]},
            {"type": "integer", "enum": [1, 2]},
            NULL,
        ],
        "description": "d",
    }
    assert schemas["Flags"]["anyOf"] == [
        {"type": "boolean", "enum": [True]},
        {"type": "string", "enum": ["yes"]},
    ]
    assert schemas["Plain"] == {"type": "string", "enum": ["a", None]}  # one type: not mixed


def test_distinct_class_names() -> None:
    spec = distinct_class_names(
        spec_of(
            {
                "foo-thing": {"type": "object"},
                "FooThing": {"type": "object"},
                "ABTest": {"type": "object"},
                "AbTest": {"type": "object"},
                "User": {"type": "object", "properties": {"t": ref("FooThing")}},
            }
        )
    )
    schemas = spec["components"]["schemas"]
    assert list(schemas) == ["foo-thing", "FooThing2", "ABTest", "AbTest2", "User"]
    assert schemas["User"]["properties"]["t"] == ref("FooThing2")
