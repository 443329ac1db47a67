"""Every operation of the spec is reachable from ``OpenRouter().api`` and ``AsyncOpenRouter().api``.

Walks ``generated/openrouter.prepared.json`` (paths x methods, as many as ``spec/`` publishes), finds
each operation's typed method on the client's ``api``, calls it against the local server with its
required path, query and body arguments filled in, and checks that the request went out with the
client's configuration (base URL, auth) to the operation's method and path.
"""

from __future__ import annotations

import enum
import importlib
import inspect
import io
import json
import re
import typing
import uuid
from functools import cache
from types import ModuleType, NoneType, UnionType
from typing import Any

import pytest
from openrouter_api.api import OPERATIONS

from openrouter_client import APIError
from openrouter_client.testing import MockOpenRouter
from tests.conftest import ROOT
from tests.resources.conftest import API_KEY, Run
from tests.spec_facts import published_operations

pytestmark = pytest.mark.anyio

SPEC = ROOT / "generated" / "openrouter.prepared.json"
METHODS = ("get", "post", "put", "patch", "delete")


def _template(path: str) -> str:
    return re.sub(r"\{[^}]*\}", "{}", path)


def spec_operations() -> list[str]:
    spec = json.loads(SPEC.read_text(encoding="utf-8"))
    return [
        f"{method.upper()} {path}"
        for path, item in spec["paths"].items()
        for method in item
        if method in METHODS
    ]


def test_the_walk_covers_every_operation_of_the_published_spec() -> None:
    published = {f"{method} {path}" for method, path, _ in published_operations()}
    assert published
    assert published == set(spec_operations())


@cache
def generated() -> dict[str, tuple[str, str, ModuleType]]:
    """``"METHOD /path/{}"`` -> (api attribute, method name, operation module)."""
    found = {}
    for attribute, (package, names) in OPERATIONS.items():
        for name in names:
            module = importlib.import_module(f"openrouter_api.api.{package}.{name}")
            found[f"{module.METHOD} {_template(module.PATH)}"] = (attribute, name, module)
    return found


def test_each_operation_is_walked_once() -> None:
    operations = spec_operations()
    assert len(operations) == len(set(operations)) == len(published_operations())


def test_every_generated_operation_comes_from_the_spec() -> None:
    templates = {_template(op) for op in spec_operations()}
    assert set(generated()) <= templates


def _value(hint: Any, name: str) -> Any:
    """A valid argument for a required parameter of type ``hint``."""
    options = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    options = tuple(o for o in options if o is not NoneType)
    for option in options:
        if typing.get_origin(option) is not None and issubclass(
            typing.get_origin(option), typing.Mapping
        ):
            return {}
    hint = options[0]
    if hint is str:
        return f"{name}-1"
    if hint is uuid.UUID:
        return uuid.UUID(int=1)
    if hint is bool:
        return True
    if hint is int:
        return 1
    if isinstance(hint, type) and issubclass(hint, enum.Enum):
        return next(iter(hint))
    if isinstance(hint, type) and hasattr(hint, "from_dict"):
        if "file" in {field for field, _ in getattr(hint, "_fields_", ())}:
            from openrouter_api.types import File

            return hint(file=File(payload=io.BytesIO(b"%PDF"), file_name="a.pdf"))
        return hint.from_dict({})
    raise AssertionError(f"no test value for {name}: {hint!r}")


class _ModelNames(dict[str, Any]):
    """Names a generated annotation may use: operation modules import their models only for
    type checkers, so the models are looked up in ``openrouter_api.models`` on demand."""

    def __missing__(self, name: str) -> Any:
        import openrouter_api.models as models

        try:
            return getattr(models, name)
        except AttributeError:
            raise KeyError(name) from None


def build_request_hints(module: ModuleType) -> dict[str, Any]:
    """``typing.get_type_hints`` of an operation module's ``build_request``."""
    return typing.get_type_hints(module.build_request, localns=_ModelNames())


def required_arguments(module: ModuleType) -> tuple[list[Any], dict[str, Any]]:
    hints = build_request_hints(module)
    args: list[Any] = []
    kwargs: dict[str, Any] = {}
    for parameter in inspect.signature(module.build_request).parameters.values():
        if parameter.default is not inspect.Parameter.empty:
            continue
        value = _value(hints[parameter.name], parameter.name)
        if parameter.kind is inspect.Parameter.KEYWORD_ONLY:
            kwargs[parameter.name] = value
        else:
            args.append(value)
    return args, kwargs


@pytest.mark.parametrize("operation", spec_operations())
async def test_operation_is_reachable_from_the_client(
    run: Run, mock: MockOpenRouter, operation: str
) -> None:
    method, path = operation.split(" ", 1)
    entry = generated().get(f"{method} {_template(path)}")
    assert entry is not None, f"{operation} is not callable: no generated operation"
    attribute, name, _module = entry
    group = getattr(run.client.api, attribute)
    call = getattr(group, name)
    assert callable(call)
    assert inspect.iscoroutinefunction(call) is run.is_async

    mock.on("*", lambda request: {})
    from tests.contract.operations import arguments, operations

    # the required arguments, with a body the spec accepts (the client checks bodies it sends)
    op = next(o for o in operations() if o.method == method and o.path == path)
    args, kwargs = arguments(op)
    try:
        await run(lambda c: call(*args, **kwargs))
    except APIError as error:  # ``{}`` lacks what every answer of some operations has
        assert error.status_code == 200 and "lacks" in error.message, error

    request = mock.last_request
    assert request.method == method
    pattern = re.escape(_template(path)).replace(r"\{\}", "[^/]+")
    assert re.fullmatch(pattern, request.route or ""), (request.route, path)
    assert request.bearer_token == API_KEY
