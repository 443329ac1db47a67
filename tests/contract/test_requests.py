"""Every request the client can build is one the spec accepts, and carries what the caller gave.

Values come from the spec itself (``tests.contract.schemas.example``: a property's own example
when valid, else one built from its schema), so a property added to the spec is covered without
touching this file. Each request is captured by MockOpenRouter and validated against the operation's
request schema (bodies) and parameter schemas (query strings) by ``tests.spec_contract``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs

import pytest

from openrouter_client import BadRequestError
from openrouter_client.testing import MockOpenRouter, RecordedRequest
from openrouter_client.testing._script import Response, Send
from tests.contract.operations import Op, arguments, operations, success_example
from tests.contract.schemas import _deref, at, example, pointer_join
from tests.resources.conftest import Run
from tests.spec_contract import query_errors, request_errors

pytestmark = pytest.mark.anyio

Call = Callable[[Any, dict[str, Any]], Any]


@dataclass(frozen=True)
class BodyCall:
    """A facade method that sends a JSON body built from its keyword arguments."""

    name: str
    method: str
    path: str  # spec template
    call: Call
    params: str | None = None  # its TypedDict in openrouter_api.params
    explicit: tuple[str, ...] = ()  # body fields the method names itself

    def schema(self) -> str:
        return _deref(op_of(self.method, self.path).body_pointer())


BODY_CALLS = [
    BodyCall(
        "chat.completions.create",
        "POST",
        "/chat/completions",
        lambda c, b: c.chat.completions.create(**b),
        "ChatCompletionCreateParam",
        ("messages", "stream", "tools"),
    ),
    BodyCall(
        "responses.create",
        "POST",
        "/responses",
        lambda c, b: c.responses.create(**b),
        "ResponseCreateParam",
        ("input", "stream"),
    ),
    BodyCall(
        "embeddings.create",
        "POST",
        "/embeddings",
        lambda c, b: c.embeddings.create(**b),
        "CreateEmbeddingsRequestParam",
    ),
    BodyCall(
        "rerank.create",
        "POST",
        "/rerank",
        lambda c, b: c.rerank.create(**b),
        "CreateRerankRequestParam",
    ),
    BodyCall(
        "keys.create", "POST", "/keys", lambda c, b: c.keys.create(**b), "CreateKeysRequestParam"
    ),
    BodyCall(
        "keys.update",
        "PATCH",
        "/keys/{hash}",
        lambda c, b: c.keys.update("f01d5260", **b),
        "UpdateKeysRequestParam",
    ),
    BodyCall(
        "guardrails.create",
        "POST",
        "/guardrails",
        lambda c, b: c.guardrails.create(**b),
        "CreateGuardrailRequestParam",
    ),
    BodyCall(
        "guardrails.update",
        "PATCH",
        "/guardrails/{id}",
        lambda c, b: c.guardrails.update("gr-1", **b),
        "UpdateGuardrailRequestParam",
    ),
    BodyCall(
        "guardrails.assign_keys",
        "POST",
        "/guardrails/{id}/assignments/keys",
        lambda c, b: c.guardrails.assign_keys("gr-1", **b),
        explicit=("key_hashes",),
    ),
    BodyCall(
        "guardrails.unassign_keys",
        "POST",
        "/guardrails/{id}/assignments/keys/remove",
        lambda c, b: c.guardrails.unassign_keys("gr-1", **b),
        explicit=("key_hashes",),
    ),
    BodyCall(
        "guardrails.assign_members",
        "POST",
        "/guardrails/{id}/assignments/members",
        lambda c, b: c.guardrails.assign_members("gr-1", **b),
        explicit=("member_user_ids",),
    ),
    BodyCall(
        "guardrails.unassign_members",
        "POST",
        "/guardrails/{id}/assignments/members/remove",
        lambda c, b: c.guardrails.unassign_members("gr-1", **b),
        explicit=("member_user_ids",),
    ),
    BodyCall(
        "videos.create",
        "POST",
        "/videos",
        lambda c, b: c.videos.create(**b),
        "VideoGenerationRequestParam",
    ),
    BodyCall(
        "audio.speech.create",
        "POST",
        "/audio/speech",
        lambda c, b: c.audio.speech.create(**b),
        "SpeechRequestParam",
    ),
    BodyCall(
        "audio.transcriptions.create",
        "POST",
        "/audio/transcriptions",
        lambda c, b: c.audio.transcriptions.create(**b),
        "STTRequestParam",
    ),
    BodyCall(
        "generations.feedback",
        "POST",
        "/generation/feedback",
        lambda c, b: c.generations.feedback(**b),
        "SubmitGenerationFeedbackRequestParam",
    ),
]

# Routes the mock answers realistically by itself (streams included).
MOCK_DEFAULTS = {"/chat/completions", "/responses", "/embeddings"}


def op_of(method: str, path: str) -> Op:
    return next(op for op in operations() if op.method == method and op.path == path)


def properties(schema: str) -> list[str]:
    return list(at(schema).get("properties", {}))


def value_of(schema: str, name: str) -> Any:
    """A valid value of top-level property ``name``; ``stream`` is True (False is not sent)."""
    if name == "stream":
        return True
    return example(pointer_join(schema, "properties", name))


def answer(mock: MockOpenRouter, op: Op) -> None:
    """Make the mock answer ``op`` with a body its spec allows (or audio bytes)."""
    if op.path in MOCK_DEFAULTS:
        return
    route = re.sub(r"\{[^}]*\}", "*", op.path)
    status, types = op.success()
    if "application/json" in types:
        body = success_example(op)
        mock.on(route, lambda request: body, method=op.method)
    elif not types:
        empty = Response(int(status), {}, [])
        mock.on(route, lambda request: empty, method=op.method)
    else:
        audio = Response(200, {"Content-Type": types[0]}, [Send(b"\x00\x01")], framing="chunked")
        mock.on(route, lambda request: audio, method=op.method)


async def settle(run: Run, result: Any) -> None:
    """Read a streamed answer to its end (streams, binary bodies), so the call completes."""
    if hasattr(result, "iter_bytes"):
        data = await run(lambda c: result.read())
        assert data
    elif hasattr(result, "__aiter__") or hasattr(result, "__next__"):
        await run.list(result)


def sent(mock: MockOpenRouter, op: Op) -> RecordedRequest:
    request = mock.last_request
    assert request.method == op.method
    assert re.fullmatch(op.route_pattern(), request.route or ""), (request.route, op.path)
    return request


def assert_accepted(op: Op, request: RecordedRequest) -> None:
    problems = []
    if "application/json" in op.request_types():
        problems += request_errors(op.method, op.path, request.json)
    else:
        assert not request.body, f"{op.id} takes no body; sent {request.body[:200]!r}"
    problems += query_errors(op.method, op.path, parse_qs(request.query_string))
    assert not problems, f"{op.id}: the spec rejects the request:\n" + "\n".join(problems)


def property_cases() -> list[Any]:
    cases = []
    for call in BODY_CALLS:
        for name in properties(call.schema()):
            cases.append(pytest.param(call, name, id=f"{call.name}-{name}"))
    return cases


@pytest.mark.parametrize(("call", "name"), property_cases())
async def test_each_body_property_is_sent_as_given_and_the_spec_accepts_it(
    run: Run, mock: MockOpenRouter, call: BodyCall, name: str
) -> None:
    op = op_of(call.method, call.path)
    schema = call.schema()
    body = example(schema)  # the required properties
    body[name] = value_of(schema, name)
    answer(mock, op)

    await settle(run, await run(lambda c: call.call(c, dict(body))))

    request = sent(mock, op)
    assert request.json == body
    assert_accepted(op, request)


@pytest.mark.parametrize("call", [c for c in BODY_CALLS if c.params], ids=lambda c: c.name)
def test_typed_keyword_arguments_are_the_request_properties(call: BodyCall) -> None:
    import openrouter_api.params as params

    typed = getattr(params, call.params or "")
    keys = set(typed.__required_keys__) | set(typed.__optional_keys__) | set(call.explicit)
    assert keys == set(properties(call.schema()))


async def test_every_property_at_once_is_accepted(run: Run, mock: MockOpenRouter) -> None:
    """All chat parameters together (a full body from the spec) go out unchanged."""
    call = BODY_CALLS[0]
    op = op_of(call.method, call.path)
    body = example(call.schema(), full=True)
    body["stream"] = True
    answer(mock, op)
    await settle(run, await run(lambda c: call.call(c, dict(body))))
    request = sent(mock, op)
    assert request.json == body
    assert_accepted(op, request)


async def test_a_request_the_spec_forbids_fails_the_contract(
    run: Run, mock: MockOpenRouter
) -> None:
    """The oracle is not vacuous: what the facade passes through unchecked (``extra_body``) is
    caught here (and by the mock, which answers it with OpenRouter's 400 naming a field)."""
    op = op_of("POST", "/chat/completions")
    with pytest.raises(BadRequestError, match=r"modalities\[0\]|temperature"):
        await run(
            lambda c: c.chat.completions.create(
                messages=[{"role": "user", "content": "Hi"}],
                extra_body={"temperature": "hot", "modalities": ["smell"]},
            )
        )
    problems = request_errors(op.method, op.path, mock.last_request.json)
    assert any(p.startswith("temperature:") for p in problems), problems
    assert any(p.startswith("modalities/0:") for p in problems), problems
    assert query_errors("GET", "/models", {"limit": ["0"]})
    assert query_errors("GET", "/models", {"color": ["red"]})
    assert query_errors("GET", "/generation", {})


# -- query strings -----------------------------------------------------------------------------


def query_cases() -> list[Any]:
    """(op, facade call, the spec parameter names the call sets)."""
    models = op_of("GET", "/models")
    filters = [
        p["name"] for _, p in models.query_params() if p["name"] not in ("offset", "use_rss")
    ]
    filters = [n for n in filters if n != "use_rss_chat_links"]
    cases: list[tuple[str, str, str, Call, list[str]]] = []
    for name in filters:
        cases.append(
            (
                f"models.list-{name}",
                "GET",
                "/models",
                lambda c, a: c.models.list(**a).first_page(),
                [name],
            )
        )
    cases += [
        ("models.count", "GET", "/models/count", lambda c, a: c.models.count(**a), ["output_modalities"]),
        ("models.list_for_user", "GET", "/models/user", lambda c, a: c.models.list_for_user(**a).first_page(), ["limit"]),
        ("embeddings.models", "GET", "/embeddings/models", lambda c, a: c.embeddings.models(**a).first_page(), ["limit"]),
        ("keys.list", "GET", "/keys", lambda c, a: c.keys.list(**a).first_page(), ["workspace_id"]),
        ("guardrails.list", "GET", "/guardrails", lambda c, a: c.guardrails.list(**a).first_page(), ["workspace_id", "limit"]),
        ("guardrails.key_assignments", "GET", "/guardrails/assignments/keys", lambda c, a: c.guardrails.key_assignments(**a).first_page(), ["limit"]),
        ("guardrails.key_assignments-id", "GET", "/guardrails/{id}/assignments/keys", lambda c, a: c.guardrails.key_assignments("gr-1", **a).first_page(), ["limit"]),
        ("guardrails.member_assignments", "GET", "/guardrails/assignments/members", lambda c, a: c.guardrails.member_assignments(**a).first_page(), ["limit"]),
        ("guardrails.member_assignments-id", "GET", "/guardrails/{id}/assignments/members", lambda c, a: c.guardrails.member_assignments("gr-1", **a).first_page(), ["limit"]),
        ("files.list", "GET", "/files", lambda c, a: c.files.list(**a).first_page(), ["limit", "workspace_id", "provider", "order"]),
        ("files.get", "GET", "/files/{file_id}", lambda c, a: c.files.get("file-1", **a), ["workspace_id", "provider"]),
        ("files.delete", "DELETE", "/files/{file_id}", lambda c, a: c.files.delete("file-1", **a), ["workspace_id", "provider"]),
        ("generations.get", "GET", "/generation", lambda c, a: c.generations.get(**a), ["id"]),
        ("generations.content", "GET", "/generation/content", lambda c, a: c.generations.content(**a), ["id"]),
    ]  # fmt: skip
    return [pytest.param(op_of(m, p), call, names, id=name) for name, m, p, call, names in cases]


@pytest.mark.parametrize(("op", "call", "names"), query_cases())
async def test_each_query_parameter_is_sent_as_the_spec_types_it(
    run: Run, mock: MockOpenRouter, op: Op, call: Call, names: list[str]
) -> None:
    given = {}
    for index, param in op.query_params():
        if param["name"] in names:
            given[param["name"]] = example(op.param_pointer(index))
    answer(mock, op)

    await settle(run, await run(lambda c: call(c, dict(given))))

    request = sent(mock, op)
    assert_accepted(op, request)
    query = parse_qs(request.query_string)
    for name, value in given.items():
        assert name in query, f"{name} was not sent: {request.query_string}"
        assert str(value).lower() == query[name][0].lower()


async def test_keys_list_sends_include_disabled_as_the_spec_string(
    run: Run, mock: MockOpenRouter
) -> None:
    op = op_of("GET", "/keys")
    answer(mock, op)
    await run(lambda c: c.keys.list(include_disabled=True).first_page())
    request = sent(mock, op)
    assert_accepted(op, request)
    assert request.query["include_disabled"] == "true"


# -- every operation through client.api ---------------------------------------------------------


def api_cases() -> list[Any]:
    return [
        pytest.param(op, id=op.id)
        for op in operations()
        if op.request_types() != ["multipart/form-data"]
    ]


@pytest.mark.parametrize("op", api_cases())
async def test_every_operation_sends_what_the_spec_accepts(
    run: Run, mock: MockOpenRouter, op: Op
) -> None:
    """``client.api.<group>.<op>`` with a full body and every query parameter the spec lists."""
    args, kwargs = arguments(op, every_query=True)
    answer(mock, op)
    call = getattr(getattr(run.client.api, op.attribute), op.name)

    await settle(run, await run(lambda c: call(*args, **kwargs)))

    request = sent(mock, op)
    if "application/json" in op.request_types():
        assert request.json == kwargs["body"]
    assert_accepted(op, request)
    sent_names = set(parse_qs(request.query_string, keep_blank_values=True))
    assert sent_names == {p["name"] for _, p in op.query_params()}


@pytest.mark.parametrize(
    "op",
    [op for op in operations() if "application/json" in op.request_types()],
    ids=lambda op: op.id,
)
def test_request_models_encode_a_full_body_unchanged(op: Op) -> None:
    """The generated request model of each JSON body keeps every field through from/to_dict."""
    import typing

    from tests.resources.test_reachability import build_request_hints

    hint = build_request_hints(op.module)["body"]
    model = next(t for t in typing.get_args(hint) if hasattr(t, "from_dict"))
    body = example(op.body_pointer(), full=True)
    assert model.from_dict(body).to_dict() == body


def test_every_json_operation_is_covered() -> None:
    covered = {p.values[0].id for p in api_cases()}
    assert covered == {op.id for op in operations()} - {"POST /files"}  # multipart only
