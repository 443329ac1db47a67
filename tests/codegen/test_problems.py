"""Generator problems are retold with the operation or schema, the cause and a next step."""

from __future__ import annotations

from pathlib import Path

import pytest
from openapi_python_client.parser.errors import ParseError
from openapi_python_client.schema.untrusted_string import UntrustedString

from codegen.attrs_client import GenerationError, generate_attrs_client
from codegen.problems import describe, describe_one, readable, values_in_messages


def test_an_operation_problem_names_the_operation_and_what_to_do() -> None:
    entry = describe_one(
        "WARNING parsing POST /responses within beta_responses. Endpoint will not be generated.",
        "Could not find reference in parsed models or enums",
        "WARNING",
    )
    assert (
        entry.splitlines()[0] == "- POST /responses (tag beta_responses): not generated [WARNING]"
    )
    assert "cause: Could not find reference" in entry
    assert "next:  it uses a schema the generator dropped" in entry


def test_a_schema_problem_lists_what_went_with_it_but_not_itself() -> None:
    entry = describe_one(
        "\nUnable to process schema /components/schemas/Request:",
        "Cannot take allOf a non-object\n\nFailure to process schema has resulted in the removal "
        "of:\n/components/schemas/Request\n/components/schemas/Holder",
    )
    lines = entry.splitlines()
    assert lines[0] == "- schema Request: dropped"
    assert "    cause: Cannot take allOf a non-object" in lines
    assert "    also dropped with it: Holder" in lines
    assert "intersect_enum_allof" in entry  # a pointer to the normalize steps


def test_an_empty_removal_list_and_an_unknown_problem() -> None:
    entry = describe_one(
        "Something new", "Odd\n\nFailure to process schema has resulted in the removal of:"
    )
    assert "also dropped" not in entry
    assert "next:  fix the construct in a normalize step" in entry


def test_object_reprs_never_reach_the_report() -> None:
    value = UntrustedString("200")
    raw = f"Cannot parse response for status code {value}"
    assert "object at 0x" in raw
    assert "object at 0x" not in readable(raw)
    with values_in_messages():
        assert f"status code {value}" == "status code '200'"
    assert "object at 0x" in repr(value)  # restored afterwards
    report = describe([ParseError(header="h", detail=raw)])
    assert "object at 0x" not in report and "1 problem(s)" in report


def test_the_generators_own_problems_are_translated(tmp_path: Path) -> None:
    """A spec the generator cannot fully read: the failure names the schema and a next step."""
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/tier": {
                "get": {
                    "operationId": "getTier",
                    "responses": {
                        "200": {
                            "description": "ok",
                            "content": {
                                "application/json": {
                                    "schema": {"$ref": "#/components/schemas/Holder"}
                                }
                            },
                        }
                    },
                }
            }
        },
        "components": {
            "schemas": {
                "Tier": {"type": "string", "enum": ["a", "b"]},
                "Holder": {
                    "type": "object",
                    "properties": {
                        "tier": {"allOf": [{"$ref": "#/components/schemas/Tier"}, {"enum": ["a"]}]}
                    },
                },
            }
        },
    }
    with pytest.raises(GenerationError) as caught:
        generate_attrs_client(spec, tmp_path, class_overrides={})
    message = str(caught.value)
    assert "object at 0x" not in message
    assert "- schema Holder: dropped" in message
    assert "- GET /tier (tag default): generated with a part left out" in message
    assert "status code '200'" in message  # the value, where the generator printed a repr
    assert message.count("next:") == 2
