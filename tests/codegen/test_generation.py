"""The docs rendering (seeds/004) generates a complete client through our own pipeline.

``build`` refuses any generator warning and any operation or JSON response the client does not
cover, so reaching the end is the proof; the import checks that the result decodes real JSON.
The shipped client's coverage of spec/ is tested in test_coverage.py, earlier published specs in
test_spec_history.py.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

from codegen.attrs_client import PACKAGE
from codegen.coverage import measure_spec_file
from codegen.pipeline import build

SEED = Path(__file__).resolve().parent / "fixtures" / "chat-completion-docs-page.txt"

CHECK = textwrap.dedent(
    """
    import json, sys
    from openrouter_api.models import ChatGenerationParams, ChatResponse
    from openrouter_api.api import OPERATIONS
    response = ChatResponse.from_dict({
        "id": "gen-1", "created": 1, "model": "openai/gpt-4o", "object": "chat.completion",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "Hi"}}],
    })
    choices = [
        str(ChatGenerationParams.from_dict({"messages": [], "tool_choice": c}).tool_choice)
        for c in ("none", "auto", "required")
    ]
    print(json.dumps({"content": response.choices[0].message.content, "choices": choices,
                      "operations": OPERATIONS}))
    """
)


def test_seed_rendering_generates_a_complete_chat_client(tmp_path: Path) -> None:
    build(tmp_path, spec_path=SEED, overlays=[])
    coverage = measure_spec_file(SEED, tmp_path / PACKAGE)
    assert coverage.complete, coverage.summary()
    assert (coverage.operations_on_api, coverage.json_responses_typed) == (1, 1)

    result = subprocess.run(
        [sys.executable, "-c", CHECK],
        capture_output=True,
        text=True,
        check=False,
        env={"PYTHONPATH": str(tmp_path), "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout)
    assert found["content"] == "Hi"
    # The generator's const-union bug (#1044) is gone: every string choice decodes.
    assert found["choices"] == ["none", "auto", "required"]
    assert found["operations"] == {
        "subpackage_chat": ["subpackage_chat", ["send_chat_completion_request"]]
    }


def test_an_operation_answering_only_with_an_event_stream_is_generated(tmp_path: Path) -> None:
    """Newer specs add operations whose only 2xx is ``text/event-stream``; they still get an
    operation module on ``client.api`` that says so (the facade decides how to stream it)."""
    import yaml

    from codegen.coverage import read_operation

    event = {
        "type": "object",
        "properties": {"type": {"type": "string"}, "text": {"type": "string"}},
    }
    spec = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1"},
        "paths": {
            "/runs/{id}/events": {
                "get": {
                    "operationId": "streamRunEvents",
                    "tags": ["Runs"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "events",
                            "content": {
                                "text/event-stream": {
                                    "schema": {"type": "object", "properties": {"data": event}}
                                }
                            },
                        }
                    },
                }
            },
            "/runs/{id}": {
                "get": {
                    "operationId": "getRun",
                    "tags": ["Runs"],
                    "parameters": [
                        {"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}
                    ],
                    "responses": {
                        "200": {
                            "description": "run",
                            "content": {"application/json": {"schema": event}},
                        }
                    },
                }
            },
        },
    }
    source = tmp_path / "spec.yaml"
    source.write_text(yaml.safe_dump(spec), encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    build(out, spec_path=source, overlays=[])
    coverage = measure_spec_file(source, out / PACKAGE)
    assert coverage.complete, coverage.summary()
    assert (coverage.operations_on_api, coverage.json_responses) == (2, 1)
    module = read_operation(out / PACKAGE / "api" / "runs" / "stream_run_events.py")
    assert module is not None and module.success_content_types == ("text/event-stream",)
    # No JSON request body in this spec: params.py is still written, with nothing to type.
    params = (out / PACKAGE / "params.py").read_text(encoding="utf-8")
    compile(params, "params.py", "exec")
    assert "class " not in params
