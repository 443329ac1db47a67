"""Every docs sample that is a response of a generated operation decodes, and re-encodes losslessly."""

from __future__ import annotations

import importlib
import json
from functools import cache
from pathlib import Path
from types import ModuleType
from typing import Any, ClassVar

import pytest
from openrouter_api.api import OPERATIONS
from openrouter_api.types import LazyModel

from tests.conftest import SAMPLES

# sample file -> (method, path) of the operation whose 200 response it is
RESPONSES: dict[str, tuple[str, str]] = {
    "activity-response.spec-example.json": ("GET", "/activity"),
    "chat-completion-response.spec-example.json": ("POST", "/chat/completions"),
    "chat-completion-response.docs-overview.jsonc": ("POST", "/chat/completions"),
    "chat-completion-response-pdf-annotations.pdfs-doc.json": ("POST", "/chat/completions"),
    "chat-response-with-openrouter-metadata.router-metadata-doc.jsonc": (
        "POST",
        "/chat/completions",
    ),
    "credits-response.spec-example.json": ("GET", "/credits"),
    "generation-response.spec-example.json": ("GET", "/generation"),
    "key-response.spec-example.json": ("GET", "/key"),
    "keys-list-response.management-api-keys-doc.json": ("GET", "/keys"),
    "messages-api-response.spec-example.json": ("POST", "/messages"),
    "model-endpoints-response.spec-example.json": ("GET", "/models/{author}/{slug}/endpoints"),
    "models-list-response.spec-example.json": ("GET", "/models"),
    "providers-response.spec-example.json": ("GET", "/providers"),
    "responses-api-response.spec-example.json": ("POST", "/responses"),
}


@cache
def operations() -> dict[tuple[str, str], ModuleType]:
    found = {}
    for package, names in OPERATIONS.values():
        for name in names:
            module = importlib.import_module(f"openrouter_api.api.{package}.{name}")
            found[(module.METHOD, module.PATH)] = module
    return found


def strip_jsonc(text: str) -> str:
    """JSON from a published JSONC snippet: drop ``//`` comments (outside strings) and turn the
    ``[...]``/``{...}`` placeholders into empty containers."""
    out: list[str] = []
    in_string = escaped = False
    i = 0
    while i < len(text):
        char = text[i]
        if in_string:
            out.append(char)
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
            out.append(char)
        elif text.startswith("//", i):
            while i < len(text) and text[i] != "\n":
                i += 1
            continue
        else:
            out.append(char)
        i += 1
    return "".join(out).replace("[...]", "[]").replace("{...}", "{}")


def load_sample(path: Path) -> Any:
    text = path.read_text(encoding="utf-8")
    return json.loads(strip_jsonc(text) if path.suffix == ".jsonc" else text)


class FakeResponse:
    status_code = 200
    headers: ClassVar[dict[str, str]] = {}

    def __init__(self, data: Any) -> None:
        self._data = data
        self.content = json.dumps(data).encode()
        self.text = self.content.decode()

    def json(self) -> Any:
        return self._data


def decode_everything(value: Any) -> None:
    """Read every field, recursively, so that every decoder runs."""
    if isinstance(value, LazyModel):
        for name, _ in type(value)._fields_:
            decode_everything(getattr(value, name))
        decode_everything(value.additional_properties)
    elif isinstance(value, list):
        for item in value:
            decode_everything(item)
    elif isinstance(value, dict):
        for item in value.values():
            decode_everything(item)


def test_every_mapped_sample_exists() -> None:
    missing = [name for name in RESPONSES if not (SAMPLES / name).exists()]
    assert not missing


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_sample_decodes_and_round_trips(name: str) -> None:
    data = load_sample(SAMPLES / name)
    module = operations()[RESPONSES[name]]
    parsed = module.parse_success(FakeResponse(json.loads(json.dumps(data))))
    assert isinstance(parsed, LazyModel), f"{name}: no typed model for {RESPONSES[name]}"
    decode_everything(parsed)
    assert parsed.to_dict() == data


@pytest.mark.parametrize("name", sorted(RESPONSES))
def test_unknown_fields_survive_decoding(name: str) -> None:
    data = load_sample(SAMPLES / name)
    if not isinstance(data, dict):
        pytest.skip("not an object")
    data["x_future_field"] = {"kept": True}
    module = operations()[RESPONSES[name]]
    parsed = module.parse_success(FakeResponse(json.loads(json.dumps(data))))
    decode_everything(parsed)
    assert parsed.to_dict()["x_future_field"] == {"kept": True}
