"""The spec's operations as test cases: which generated module calls each, where its request and
response schemas are, and arguments the spec accepts (shared by the request contract tests and the
Prism suite)."""

from __future__ import annotations

import enum
import re
import typing
import uuid
from dataclasses import dataclass
from functools import cache
from types import ModuleType, NoneType, UnionType
from typing import Any

from tests.contract.schemas import example, pointer
from tests.resources.test_reachability import (
    _template,
    build_request_hints,
    generated,
    required_arguments,
)
from tests.spec_contract import spec

METHODS = ("get", "post", "put", "patch", "delete")


@dataclass(frozen=True)
class Op:
    method: str  # "POST"
    path: str  # spec template, "/keys/{hash}"
    attribute: str  # client.api.<attribute>
    name: str  # client.api.<attribute>.<name>
    module: ModuleType

    @property
    def id(self) -> str:
        return f"{self.method} {self.path}"

    @property
    def spec(self) -> dict[str, Any]:
        result: dict[str, Any] = spec()["paths"][self.path][self.method.lower()]
        return result

    def request_types(self) -> list[str]:
        return list(self.spec.get("requestBody", {}).get("content", {}))

    def body_pointer(self, content_type: str = "application/json") -> str:
        return pointer(
            "paths",
            self.path,
            self.method.lower(),
            "requestBody",
            "content",
            content_type,
            "schema",
        )

    def success(self) -> tuple[str, list[str]]:
        """The first 2xx status and its media types."""
        for status, response in self.spec["responses"].items():
            if str(status).startswith("2"):
                return str(status), list(response.get("content", {}))
        raise AssertionError(f"{self.id} has no success response")

    def query_params(self) -> list[tuple[int, dict[str, Any]]]:
        return [(i, p) for i, p in enumerate(self.spec.get("parameters", [])) if p["in"] == "query"]

    def param_pointer(self, index: int) -> str:
        return pointer("paths", self.path, self.method.lower(), "parameters", index, "schema")

    def route_pattern(self) -> str:
        return re.escape(_template(self.path)).replace(r"\{\}", "[^/]+")


@cache
def operations() -> list[Op]:
    """Every operation of the spec that has a generated module, in spec order."""
    by_template = generated()
    found = []
    for path, item in spec()["paths"].items():
        for method in item:
            if method not in METHODS:
                continue
            entry = by_template.get(f"{method.upper()} {_template(path)}")
            assert entry is not None, f"{method.upper()} {path} has no generated operation"
            attribute, name, module = entry
            found.append(Op(method.upper(), path, attribute, name, module))
    return found


def _python_name(module: ModuleType, name: str) -> str:
    """The ``build_request`` argument for spec parameter ``name`` (``jobId`` -> ``job_id``)."""
    import inspect

    names = list(inspect.signature(module.build_request).parameters)
    snake = re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()
    for candidate in (name, snake, f"{name}_", f"{snake}_"):
        if candidate in names:
            return candidate
    raise AssertionError(f"{module.__name__}.build_request has no argument for {name!r}: {names}")


def as_argument(module: ModuleType, python_name: str, value: Any) -> Any:
    """A JSON value as the argument type ``build_request`` declares (enum member, UUID...)."""
    hint = build_request_hints(module)[python_name]
    options = typing.get_args(hint) if isinstance(hint, UnionType) else (hint,)
    for option in options:
        if option is NoneType:
            continue
        if isinstance(option, type) and issubclass(option, enum.Enum):
            try:
                return option(value)
            except ValueError:
                continue
        if option is uuid.UUID and isinstance(value, str):
            return uuid.UUID(value)
    return value


def arguments(op: Op, *, every_query: bool = False) -> tuple[list[Any], dict[str, Any]]:
    """Arguments for ``client.api.<group>.<op>``: the required ones (a full, spec-valid JSON body
    when it takes one), and with ``every_query`` each optional query parameter too."""
    args, kwargs = required_arguments(op.module)
    path_params = [(i, p) for i, p in enumerate(op.spec.get("parameters", [])) if p["in"] == "path"]
    import inspect

    positional = [
        name
        for name, parameter in inspect.signature(op.module.build_request).parameters.items()
        if parameter.default is inspect.Parameter.empty
        and parameter.kind is not inspect.Parameter.KEYWORD_ONLY
    ]
    for index, param in path_params:
        name = _python_name(op.module, param["name"])
        value = as_argument(op.module, name, example(op.param_pointer(index)))
        if name in positional:
            args[positional.index(name)] = value
        else:
            kwargs[name] = value
    if "application/json" in op.request_types():
        kwargs["body"] = body = example(op.body_pointer(), full=True)
        if body.get("stream"):
            body["stream"] = False  # client.api decodes one JSON answer; streams are the facade's
    for index, param in op.query_params():
        if param.get("required") or every_query:
            name = _python_name(op.module, param["name"])
            value = example(op.param_pointer(index))
            kwargs[name] = as_argument(op.module, name, value)
    return args, kwargs


def success_example(op: Op) -> Any:
    """A spec-valid body of the operation's first JSON success response."""
    status, types = op.success()
    ptr = pointer(
        "paths", op.path, op.method.lower(), "responses", status, "content", "application/json"
    )
    assert "application/json" in types, f"{op.id} answers {types}"
    return example(f"{ptr}/schema")
