"""The docs rendering (seeds/004) generates a complete client through our own pipeline.

``build`` refuses any generator warning and any operation or JSON response the client does not
cover, so reaching the end is the proof; the import checks that the result decodes real JSON.
The shipped client's coverage of spec/ is tested in test_coverage.py, earlier published specs in
test_spec_history.py.
"""

from __future__ import annotations

import ast
import json
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

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
    """Newer specs add operations whose only 2xx is ``text/event-stream``: their module says it
    streams (with the sentinel the spec names, if any) and how to decode an event, and the tag's
    API classes return streams of that event type; a JSON operation beside them is unchanged."""
    from codegen.coverage import read_operation
    from tests.event_streams import generate, write_spec

    package = generate(tmp_path)
    coverage = measure_spec_file(write_spec(tmp_path), package)
    assert coverage.complete, coverage.summary()
    assert (coverage.operations_on_api, coverage.json_responses) == (3, 1)
    runs = package / "api" / "runs"
    module = read_operation(runs / "stream_run_events.py")
    assert module is not None and module.success_content_types == ("text/event-stream",)

    def declared(name: str) -> dict[str, Any]:
        tree = ast.parse((runs / f"{name}.py").read_text(encoding="utf-8"))
        found: dict[str, Any] = {}
        for node in tree.body:
            if isinstance(node, ast.Assign | ast.AnnAssign) and node.value is not None:
                target = node.targets[0] if isinstance(node, ast.Assign) else node.target
                if isinstance(target, ast.Name):
                    found[target.id] = ast.literal_eval(node.value)
            elif isinstance(node, ast.FunctionDef) and node.returns is not None:
                found[f"{node.name}()"] = ast.unparse(node.returns)
        return found

    events = declared("stream_run_events")
    assert events["STREAMS"] is True and events["STREAM_SENTINEL"] == "[DONE]"
    assert events["parse_event()"] == "StreamRunEventsResponse200"  # the spec's event schema
    log = declared("tail_run_log")
    assert log["STREAMS"] is True and log["STREAM_SENTINEL"] is None
    assert log["parse_event()"] == "dict[str, Any]"  # no schema: the event's fields as a dict
    assert "STREAMS" not in declared("get_run")

    api = ast.parse((runs / "__init__.py").read_text(encoding="utf-8"))
    returns = {
        f"{cls.name}.{fn.name}": ast.unparse(fn.returns)
        for cls in api.body
        if isinstance(cls, ast.ClassDef)
        for fn in cls.body
        if isinstance(fn, ast.FunctionDef | ast.AsyncFunctionDef) and fn.returns is not None
    }
    assert returns["RunsApi.stream_run_events"] == "EventStream[StreamRunEventsResponse200]"
    assert returns["AsyncRunsApi.stream_run_events"] == (
        "AsyncEventStream[StreamRunEventsResponse200]"
    )
    assert returns["RunsApi.tail_run_log"] == "EventStream[dict[str, Any]]"
    assert returns["RunsApi.get_run"] == "GetRunResponse"
    # No JSON request body in this spec: params.py is still written, with nothing to type.
    params = (package / "params.py").read_text(encoding="utf-8")
    compile(params, "params.py", "exec")
    assert "class " not in params
