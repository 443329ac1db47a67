"""Other clients against the unscripted mock: the official ``openrouter`` SDK (strict pydantic
models) calls every operation it has, and ``openai`` the chat, embeddings and models it can ask
for; each decodes the mock's default answers.

The installed SDK may be generated from a newer spec than ``spec/openrouter.yaml``: a field it
requires (or sends) that our spec does not declare at that place cannot come from our spec.
Such a failure is checked to be exactly that (the field is absent there from the upstream
schema); any other failure, a field our spec declares but the mock left out or got wrong, fails.
"""

from __future__ import annotations

import base64
import inspect
import json
import re
import struct
from collections.abc import Iterator
from functools import cache
from typing import Any

import pytest

from openrouter_client.testing import MockOpenRouter
from tests.contract.operations import Op, operations
from tests.contract.schemas import example
from tests.testing.test_every_operation import valid_request
from tests.testing.upstream import media_types, upstream

# The official SDK warns (DeprecationWarning) on operations it marks deprecated; that is its
# business, not a failure of the mock.
pytestmark = pytest.mark.filterwarnings("ignore:.*DEPRECATED.*:DeprecationWarning")

openrouter = pytest.importorskip("openrouter")
openai = pytest.importorskip("openai")


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


@cache
def sdk_methods() -> dict[tuple[str, str], list[tuple[str, str]]]:
    """``(METHOD, "/keys/{}")`` -> ``[(client attribute, method name)]``, read off the SDK."""
    probe = openrouter.OpenRouter(api_key="unused", server_url="http://127.0.0.1:9/api/v1")
    found: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for attribute in dir(probe):
        group = None if attribute.startswith("_") else getattr(probe, attribute)
        if group is None or group is probe or not hasattr(group, "sdk_configuration"):
            continue
        for name, function in inspect.getmembers(type(group), inspect.isfunction):
            if name.startswith("_") or name.endswith("_async"):
                continue
            source = inspect.getsource(function)
            match = re.search(r'method="(\w+)",\s*path="([^"]+)"', source)
            if match and "operation_id=" in source:
                key = (match.group(1), _template(match.group(2)))
                found.setdefault(key, []).append((attribute, name))
    return found


def _norm(name: str) -> str:
    return name.replace("_", "").lower()


def sdk_arguments(op: Op, function: Any, mock: MockOpenRouter) -> dict[str, Any]:
    """Keyword arguments for an SDK method: the spec's required body fields and the request's
    parameters (path values of things the mock holds), matched by name."""
    request = valid_request(op, mock)
    names = re.findall(r"\{([^}]+)\}", op.path)
    pattern = re.escape(op.path)
    for name in names:
        pattern = pattern.replace(re.escape("{" + name + "}"), "([^/]+)")
    matched = re.fullmatch(pattern, request["url"])
    assert matched is not None
    path_values = dict(zip(names, matched.groups(), strict=True))
    values: dict[str, Any] = {}
    if "application/json" in op.request_types():
        values.update(example(op.body_pointer()))
    values.update(request.get("params") or {})
    by_name = {_norm(k): v for k, v in {**values, **path_values}.items()}
    kwargs: dict[str, Any] = {}
    signature = inspect.signature(function)
    for parameter in signature.parameters.values():
        if _norm(parameter.name) in by_name:
            kwargs[parameter.name] = by_name[_norm(parameter.name)]
    if "multipart/form-data" in op.request_types() and "file" in signature.parameters:
        kwargs.setdefault("file", {"file_name": "speech.wav", "content": b"RIFF mock audio"})
    unused_path = [v for k, v in path_values.items() if _norm(k) not in map(_norm, kwargs)]
    for parameter in signature.parameters.values():
        required = parameter.default is inspect.Parameter.empty
        if not required or parameter.name in kwargs:
            continue
        if parameter.name == "security":
            kwargs["security"] = {"bearer": mock.api_key}
        elif parameter.name == "file":
            kwargs["file"] = {"file_name": "report.pdf", "content": b"%PDF-1.4 mock"}
        elif unused_path:  # a path parameter the SDK renamed (workspace_ref for id)
            kwargs[parameter.name] = unused_path.pop(0)
        else:
            raise AssertionError(f"{op.id}: no value for the SDK's {parameter.name!r}")
    return kwargs


def _declared(schema: Any, loc: tuple[Any, ...], depth: int = 0) -> bool:
    """Whether the upstream schema declares the property at ``loc`` (the last part)."""
    spec = upstream()
    nodes = [schema]
    for part in loc[:-1]:
        nodes = [n for node in nodes for n in _step(spec, node, part)]
    return any(loc[-1] in (n.get("properties") or {}) for n in _expand(spec, nodes))


def _expand(spec: dict[str, Any], nodes: list[Any]) -> list[dict[str, Any]]:
    out: list[dict[str, Any]] = []
    stack = list(nodes)
    while stack and len(out) < 500:
        node = stack.pop()
        if not isinstance(node, dict):
            continue
        if "$ref" in node:
            target: Any = spec
            for part in node["$ref"][2:].split("/"):
                target = target[part.replace("~1", "/").replace("~0", "~")]
            stack.append(target)
        out.append(node)
        for keyword in ("allOf", "anyOf", "oneOf"):
            stack += node.get(keyword, [])
    return out


def _step(spec: dict[str, Any], node: Any, part: Any) -> list[Any]:
    found = []
    for candidate in _expand(spec, [node]):
        if isinstance(part, int) and "items" in candidate:
            found.append(candidate["items"])
        elif isinstance(part, str) and part in (candidate.get("properties") or {}):
            found.append(candidate["properties"][part])
    return found


def _response_schema(op: Op) -> Any:
    status, _ = media_types(op.method, op.path)
    responses = upstream()["paths"][op.path][op.method.lower()]["responses"]
    return responses[status]["content"]["application/json"]["schema"]


def _newer_sdk(op: Op, error: Exception) -> str | None:
    """Why ``error`` is the SDK being newer than our spec, or None when it is not that."""
    cause = error.__cause__ or getattr(error, "__context__", None)
    details = getattr(cause, "errors", None)
    if type(error).__name__ == "ResponseValidationError" and callable(details):
        problems = details()
        for problem in problems:
            loc = tuple(problem["loc"])[1:]  # ("body", ...) -> the body's path
            if problem["type"] != "missing" or _declared(_response_schema(op), loc):
                return None
        return "requires " + ", ".join(str(p["loc"][-1]) for p in problems)
    message = str(error)
    unknown = re.search(r"unknown field '([^']+)'", message)
    if type(error).__name__ == "BadRequestResponseError" and unknown:
        return f"sends {unknown.group(1)}, which the spec's request does not declare"
    return None


SDK_CASES = [
    pytest.param(op, attribute, name, id=f"{op.id} {attribute}.{name}")
    for op in operations()
    for attribute, name in sdk_methods().get((op.method, _template(op.path)), [])
]


@pytest.fixture
def mock() -> Iterator[MockOpenRouter]:
    with MockOpenRouter() as server:
        yield server


def _sdk(mock: MockOpenRouter) -> Any:
    from openrouter import utils

    return openrouter.OpenRouter(
        api_key=mock.api_key,
        server_url=mock.base_url,
        retry_config=utils.RetryConfig("none", None, False),
    )


def test_the_sdk_reaches_nearly_every_operation_of_the_spec() -> None:
    assert len({case.values[0].id for case in SDK_CASES}) >= len(operations()) - 4


@pytest.mark.parametrize(("op", "attribute", "name"), SDK_CASES)
def test_the_official_sdk_decodes_the_default_answer(
    op: Op, attribute: str, name: str, mock: MockOpenRouter
) -> None:
    function = getattr(getattr(_sdk(mock), attribute), name)
    try:
        result = function(**sdk_arguments(op, function, mock))
    except Exception as error:
        reason = _newer_sdk(op, error)
        if reason is None:
            raise
        pytest.xfail(f"the installed SDK is newer than spec/openrouter.yaml: it {reason}")
    assert result is not None
    assert not mock.errors


def test_the_official_sdk_streams_a_chat(mock: MockOpenRouter) -> None:
    client = _sdk(mock)
    stream = client.chat.send(
        model="openai/gpt-4o-mini", messages=[{"role": "user", "content": "Hi"}], stream=True
    )
    text = "".join(chunk.choices[0].delta.content or "" for chunk in stream if chunk.choices)
    assert text == "Hello from MockOpenRouter!"


@pytest.fixture
def oai(mock: MockOpenRouter) -> Any:
    return openai.OpenAI(api_key=mock.api_key, base_url=mock.base_url, max_retries=0)


def test_openai_chat_json_stream_tools_and_structured_output(oai: Any) -> None:
    messages = [{"role": "user", "content": "Hi"}]
    answer = oai.chat.completions.create(model="openai/gpt-4o-mini", messages=messages)
    assert answer.choices[0].message.content == "Hello from MockOpenRouter!"
    assert answer.usage.total_tokens > 0
    chunks = list(
        oai.chat.completions.create(
            model="openai/gpt-4o-mini",
            messages=messages,
            stream=True,
            stream_options={"include_usage": True},
        )
    )
    assert "".join(c.choices[0].delta.content or "" for c in chunks if c.choices) == (
        "Hello from MockOpenRouter!"
    )
    assert chunks[-1].usage is not None and chunks[-1].usage.total_tokens > 0
    weather = {
        "type": "function",
        "function": {
            "name": "get_weather",
            "parameters": {
                "type": "object",
                "properties": {"city": {"type": "string"}},
                "required": ["city"],
            },
        },
    }
    called = oai.chat.completions.create(
        model="openai/gpt-4o-mini", messages=messages, tools=[weather], tool_choice="required"
    )
    (call,) = called.choices[0].message.tool_calls
    assert call.function.name == "get_weather"
    assert set(json.loads(call.function.arguments)) == {"city"}
    schema = {
        "type": "object",
        "properties": {"name": {"type": "string"}, "population": {"type": "integer"}},
        "required": ["name", "population"],
        "additionalProperties": False,
    }
    structured = oai.chat.completions.parse(
        model="openai/gpt-4o-mini",
        messages=messages,
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "city", "strict": True, "schema": schema},
        },
    )
    parsed = json.loads(structured.choices[0].message.content)
    assert set(parsed) == {"name", "population"} and isinstance(parsed["population"], int)


def test_openai_embeddings_as_floats_and_base64(oai: Any) -> None:
    floats = oai.embeddings.create(model="openai/text-embedding-3-small", input=["a", "b"])
    assert [len(d.embedding) for d in floats.data] == [16, 16]
    encoded = oai.embeddings.create(
        model="openai/text-embedding-3-small", input="a", encoding_format="base64"
    )
    raw = encoded.data[0].embedding
    assert isinstance(raw, str)
    decoded = struct.unpack("<16f", base64.b64decode(raw))
    assert decoded == pytest.approx(floats.data[0].embedding, rel=1e-6)


def test_openai_lists_models(oai: Any) -> None:
    ids = [model.id for model in oai.models.list()]
    assert "openai/gpt-4o-mini" in ids
