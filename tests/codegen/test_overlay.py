"""Overlay engine: JSONPath subset, update/remove semantics, and the strictness rules."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from codegen.overlay import (
    Inapplicable,
    OverlayError,
    apply_overlay,
    apply_overlays,
    merge,
    parse_overlay,
    parse_path,
    render_path,
    select,
)

OVERLAYS = Path(__file__).resolve().parents[2] / "spec" / "overlays"

SPEC: dict[str, Any] = {
    "paths": {
        "/chat/completions": {"post": {"summary": "chat", "tags": ["Chat"]}},
        "/models": {"get": {"summary": "models", "tags": ["Models"]}},
    },
    "components": {
        "schemas": {
            "ChatResult": {
                "description": "Chat completion response",
                "properties": {"id": {"type": "string"}, "code": {"type": "integer"}},
                "required": ["id", "system_fingerprint"],
            },
            "ErrorA": {"description": "Error data for AResponse", "required": ["code", "message"]},
            "ErrorB": {"description": "Error data for BResponse", "required": ["code", "message"]},
        }
    },
}


def _overlay(*actions: dict[str, Any]) -> dict[str, Any]:
    return {"overlay": "1.0.0", "info": {"title": "t", "version": "1"}, "actions": list(actions)}


def _apply(*actions: dict[str, Any]) -> dict[str, Any]:
    return apply_overlay(copy.deepcopy(SPEC), parse_overlay(_overlay(*actions)))


def test_update_deep_merges_into_the_target() -> None:
    spec = _apply(
        {
            "target": "$.components.schemas.ChatResult",
            "description": "declare provider",
            "update": {"properties": {"provider": {"type": "string"}}, "required": ["provider"]},
        }
    )
    result = spec["components"]["schemas"]["ChatResult"]
    assert list(result["properties"]) == ["id", "code", "provider"]  # merged, not replaced
    assert result["required"] == ["id", "system_fingerprint", "provider"]  # arrays append
    assert result["description"] == "Chat completion response"


def test_update_replaces_scalars_and_refuses_shape_changes() -> None:
    spec = _apply(
        {
            "target": "$.components.schemas.ChatResult",
            "description": "reword",
            "update": {"description": "new"},
        }
    )
    assert spec["components"]["schemas"]["ChatResult"]["description"] == "new"
    with pytest.raises(OverlayError, match="cannot merge list into str"):
        _apply(
            {
                "target": "$.components.schemas.ChatResult.properties.code",
                "description": "retype",
                "update": {"type": ["integer", "string"]},
            }
        )


def test_remove_deletes_the_selected_nodes() -> None:
    spec = _apply(
        {
            "target": "$.components.schemas.ChatResult.required[?(@ == 'system_fingerprint')]",
            "description": "often absent",
            "remove": True,
        },
        {
            "target": "$.components.schemas.ChatResult.properties.code",
            "description": "drop",
            "remove": True,
        },
    )
    result = spec["components"]["schemas"]["ChatResult"]
    assert result["required"] == ["id"]
    assert "code" not in result["properties"]


def test_wildcard_selects_every_member() -> None:
    spec = _apply(
        {"target": "$.paths.*.*", "description": "mark all", "update": {"x-seen": True}},
    )
    assert all(op["x-seen"] for item in spec["paths"].values() for op in item.values())
    assert len(select(spec, "$.paths[*]")) == 2


def test_bracket_quoted_names() -> None:
    assert parse_path("$.paths['/chat/completions'].post")[1].name == "/chat/completions"  # type: ignore[union-attr]
    spec = _apply(
        {
            "target": "$.paths['/chat/completions'][\"post\"]",
            "description": "rename",
            "update": {"summary": "Create a chat completion"},
        }
    )
    assert spec["paths"]["/chat/completions"]["post"]["summary"] == "Create a chat completion"


def test_filters() -> None:
    spec = copy.deepcopy(SPEC)
    matched = select(spec, "$.components.schemas[?match(@.description, 'Error data for .+')]")
    assert [key for _, key in matched] == ["ErrorA", "ErrorB"]
    assert len(select(spec, "$.components.schemas[?search(@.description, 'BResp')]")) == 1
    assert len(select(spec, "$.paths.*[?@.summary == 'chat' || @.summary == 'models']")) == 2
    assert len(select(spec, "$.paths.*[?@.summary && !(@.summary == 'chat')]")) == 1
    assert len(select(spec, "$.components.schemas[?@.properties]")) == 1
    assert select(spec, "$.components.schemas.ChatResult.required[-1]")[0][1] == 1


def test_remove_several_elements_of_one_array() -> None:
    spec = _apply(
        {
            "target": "$.components.schemas.ChatResult.required[*]",
            "description": "none required",
            "remove": True,
        }
    )
    assert spec["components"]["schemas"]["ChatResult"]["required"] == []


def test_every_action_needs_a_one_line_description() -> None:
    with pytest.raises(OverlayError, match=r"action 1 .*description"):
        parse_overlay(_overlay({"target": "$.paths", "update": {}}))
    with pytest.raises(OverlayError, match="one line"):
        parse_overlay(_overlay({"target": "$.paths", "description": "a\nb", "update": {}}))


def test_a_target_that_selects_nothing_is_an_error() -> None:
    with pytest.raises(OverlayError, match=r"selects nothing.*\(gone\)"):
        _apply({"target": "$.components.schemas.Nope", "description": "gone", "remove": True})


def _write(path: Path, *actions: dict[str, Any]) -> Path:
    import yaml

    path.write_text(yaml.safe_dump(_overlay(*actions)), encoding="utf-8")
    return path


def test_every_inapplicable_action_of_every_file_is_listed_and_the_rest_applies(
    tmp_path: Path,
) -> None:
    first = _write(
        tmp_path / "10-a.yaml",
        {"target": "$.components.schemas.Gone", "description": "schema gone", "remove": True},
        {
            "target": "$.components.schemas.ChatResult.properties",
            "description": "still applies",
            "update": {"extra": {"type": "string"}},
        },
        {
            "target": "$.components.schemas.ChatResult.required[?(@ == 'created')]",
            "description": "no longer required upstream",
            "remove": True,
        },
    )
    second = _write(
        tmp_path / "20-b.yaml",
        {
            "target": "$.components.schemas.ChatResult.properties.code",
            "description": "shape changed",
            "update": {"type": ["integer", "string"]},
        },
        {"target": "$.paths['/gone'].get", "description": "path gone", "update": {"x": 1}},
    )
    inapplicable: list[Inapplicable] = []
    spec = apply_overlays(copy.deepcopy(SPEC), [first, second], inapplicable)

    assert [(Path(item.source).name, item.number) for item in inapplicable] == [
        ("10-a.yaml", 1),
        ("10-a.yaml", 3),
        ("20-b.yaml", 1),
        ("20-b.yaml", 2),
    ]
    assert "extra" in spec["components"]["schemas"]["ChatResult"]["properties"]
    assert spec["components"]["schemas"]["ChatResult"]["properties"]["code"] == {"type": "integer"}

    gone, not_required, conflict, path = (item.report() for item in inapplicable)
    assert "this spec has no schema 'Gone'" in gone and "point the target at" in gone
    assert "reason:  schema gone" in gone and "target:  $.components.schemas.Gone" in gone
    assert (
        "$.components.schemas.ChatResult.required exists, but no member of it matches "
        "[?(@ == 'created')]"
    ) in not_required
    assert "delete the action" in not_required
    assert "cannot merge list into str" in conflict and "rewrite the action" in conflict
    assert "this spec has no path '/gone'" in path


def test_render_path_round_trips() -> None:
    for target in (
        "$.components.schemas.ChatResult.required[?(@ == 'x')]",
        "$.paths['/keys/{hash}'].get.responses['200']",
        "$.paths.*[0]",
    ):
        assert parse_path(render_path(parse_path(target))) == parse_path(target)


@pytest.mark.parametrize(
    "target",
    ["$..name", "$.a[?@.b = 1]", "$.a[?foo(@)]", "$.a[1:2]", "paths", "$.a[?@.b == bar]"],
)
def test_unsupported_jsonpath_is_a_clear_error(target: str) -> None:
    with pytest.raises(OverlayError, match="JSONPath"):
        parse_path(target)


def test_malformed_actions() -> None:
    with pytest.raises(OverlayError, match="exactly one of"):
        parse_overlay(_overlay({"target": "$", "description": "x"}))
    with pytest.raises(OverlayError, match="exactly one of"):
        parse_overlay(_overlay({"target": "$", "description": "x", "update": {}, "remove": True}))
    with pytest.raises(OverlayError, match="unknown field"):
        parse_overlay(_overlay({"target": "$", "description": "x", "remove": True, "copy": 1}))
    with pytest.raises(OverlayError, match=r"overlay: 1\.0\.0"):
        parse_overlay({"overlay": "2.0.0", "info": {"title": "t"}, "actions": []})
    with pytest.raises(OverlayError, match="root"):
        _apply({"target": "$", "description": "x", "remove": True})


def test_merge_copies_what_it_inserts() -> None:
    update = {"a": {"b": [1]}}
    target: dict[str, Any] = {}
    merge(target, update)
    target["a"]["b"].append(2)
    assert update == {"a": {"b": [1]}}


def test_project_overlays_apply_to_the_upstream_spec() -> None:
    from codegen.load import load_document
    from codegen.standardize import standardize

    spec = standardize(load_document(OVERLAYS.parent / "openrouter.yaml"))
    paths = sorted(OVERLAYS.glob("*.yaml"))
    assert paths, "spec/overlays is empty"
    apply_overlays(spec, paths)
    schemas = spec["components"]["schemas"]
    assert "system_fingerprint" not in schemas["ChatResult"]["required"]
    assert schemas["TooManyRequestsResponseErrorData"]["properties"]["code"]["type"] == [
        "integer",
        "string",
    ]
