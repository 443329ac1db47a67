"""With our overlays, OpenRouter's published samples validate against the prepared spec.

Each case is a sample that the upstream spec rejects (see docs-samples/SOURCES.md, "Known
inconsistencies"); the overlays in spec/overlays exist to make these pass. Validation is JSON
Schema 2020-12 over the prepared spec, i.e. what the generators and contract tests see.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema  # type: ignore[import-untyped]
import pytest

from codegen.prepare import prepare

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "tests" / "fixtures" / "docs-samples"
ENVELOPES = {
    "400": "BadRequestResponse",
    "403": "ForbiddenResponse",
    "404": "NotFoundResponse",
    "429": "TooManyRequestsResponse",
    "502": "BadGatewayResponse",
}


@cache
def prepared() -> dict[str, Any]:
    return prepare(
        ROOT / "spec" / "openrouter.yaml", sorted((ROOT / "spec/overlays").glob("*.yaml"))
    )


def schema(name: str) -> dict[str, Any]:
    return {"$ref": f"#/components/schemas/{name}"}


def response_of(path: str, method: str) -> dict[str, Any]:
    media = prepared()["paths"][path][method]["responses"]["200"]["content"]["application/json"]
    return dict(media["schema"])


def stream_event() -> dict[str, Any]:
    """The schema of one Responses API stream event (the `data` of the spec's SSE modelling)."""
    wrapper = prepared()["components"]["schemas"]["ResponsesStreamingResponse"]
    return dict(wrapper["properties"]["data"])


def errors(instance: Any, target: dict[str, Any]) -> list[str]:
    root = {**target, "components": prepared()["components"]}
    validator = jsonschema.Draft202012Validator(root)
    return [
        f"{'/'.join(map(str, error.absolute_path))}: {error.message[:200]}"
        for error in validator.iter_errors(instance)
    ]


def sample(name: str) -> Any:
    text = (SAMPLES / name).read_text(encoding="utf-8")
    if name.endswith(".jsonc"):
        text = re.sub(r"//[^\n]*", "", text)
    if name.endswith(".txt"):
        return [json.loads(line[5:]) for line in text.splitlines() if line.startswith("data: {")]
    return json.loads(text)


CASES: list[tuple[str, Any]] = [
    ("chat-completion-response.docs-overview.jsonc", lambda s: [(s, schema("ChatResult"))]),
    ("chat-completion-response-pdf-annotations.pdfs-doc.json", lambda s: [(s, schema("ChatResult"))]),
    ("chat-stream-debug-first-chunk.errors-doc.json", lambda s: [(s, schema("ChatStreamChunk"))]),
    ("sse-mid-stream-error.streaming-doc.txt", lambda s: [(c, schema("ChatStreamChunk")) for c in s]),
    ("sse-mid-stream-error.errors-doc.txt", lambda s: [(c, schema("ChatStreamChunk")) for c in s]),
    ("stream-final-usage-chunk.usage-accounting.json", lambda s: [(s["usage"], schema("ChatUsage"))]),
    ("chat-nonstream-error-in-choice.errors-doc.json", lambda s: [(s["choices"][0], schema("ChatChoice"))]),
    ("responses-error-envelope.responses-error-handling-doc.json", lambda s: [(s, schema("BadRequestResponse"))]),
    ("generation-response.spec-example.json", lambda s: [(s, response_of("/generation", "get"))]),
    ("models-list-response.spec-example.json", lambda s: [(s, response_of("/models", "get"))]),
    ("keys-list-response.management-api-keys-doc.json", lambda s: [(s, response_of("/keys", "get"))]),
    ("responses-error-failed-nonstream.errors-doc.json", lambda s: [(s, response_of("/responses", "post"))]),
    ("responses-stream-event-response.failed.errors-doc.json", lambda s: [(s, stream_event())]),
    ("responses-stream-event-error.errors-doc.json", lambda s: [(s, stream_event())]),
]  # fmt: skip


@pytest.mark.parametrize(("name", "pairs"), CASES, ids=[name for name, _ in CASES])
def test_sample_validates(name: str, pairs: Any) -> None:
    for instance, target in pairs(sample(name)):
        assert errors(instance, target) == []


@pytest.mark.parametrize("path", sorted(SAMPLES.glob("error-*.json")), ids=lambda p: p.name)
def test_error_envelopes_validate(path: Path) -> None:
    status = re.split(r"[-.]", path.name)[1]
    assert errors(sample(path.name), schema(ENVELOPES[status])) == []


def test_reasoning_request_fields_are_declared() -> None:
    reasoning = prepared()["components"]["schemas"]["ChatRequest"]["properties"]["reasoning"]
    assert {"effort", "max_tokens", "exclude", "enabled"} <= set(reasoning["properties"])
