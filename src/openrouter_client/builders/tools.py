"""Tools from plain functions: ``@tool`` turns a typed, documented function into the spec's tool
definition and checks the arguments a model sends before calling it.

    @tool
    def get_weather(city: str, unit: Literal["C", "F"] = "C") -> dict[str, Any]:
        '''Current weather in a city.

        Args:
            city: City name, e.g. "Paris".
        '''

    client.chat.completions.create(model=..., messages=..., tools=[get_weather])
    client.chat.completions.run_tools(model=..., messages=..., tools=[get_weather])

The description is the docstring's first paragraph; parameter descriptions come from its
``Args:`` (Google), ``Parameters`` (NumPy) or ``:param:`` (Sphinx) entries, or from
``Annotated[str, "description"]``. ``tool(name=..., parameters={...})`` takes a hand-written
JSON Schema instead.
"""

from __future__ import annotations

import inspect
import json
import re
import typing
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, ParamSpec, TypeVar, overload

from .._errors import OpenRouterError
from ._docstrings import parse_docstring
from .schema import MISSING, CoercionError, Field, coerce_fields, fields_schema, to_json_value

if TYPE_CHECKING:
    from openrouter_api.params import ChatFunctionToolObjectParam

__all__ = ["Tool", "ToolArgumentsError", "tool", "tool_output"]

P = ParamSpec("P")
R = TypeVar("R")

_NAME = re.compile(r"^[A-Za-z0-9_-]{1,64}$")


class ToolArgumentsError(OpenRouterError, ValueError):
    """The arguments a model sent for a tool are not valid JSON or do not match its parameters.

    ``arguments`` is what the model sent; ``errors`` lists ``(parameter path, problem)``.
    """

    def __init__(
        self,
        message: str,
        *,
        tool_name: str,
        arguments: Any,
        errors: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.tool_name = tool_name
        self.arguments = arguments
        self.errors = errors or []


class Tool(Generic[P, R]):
    """A tool the model may call: its definition (``to_param()``) and, usually, the function.

    Calling the ``Tool`` calls the function unchanged, so a decorated function still works as
    before. ``invoke(arguments)`` takes the model's JSON arguments, checks and converts them to
    the hinted types (nested classes, enums, lists), then calls the function.
    """

    __slots__ = (
        "_fields",
        "_positional",
        "description",
        "function",
        "name",
        "parameters",
        "strict",
    )

    def __init__(
        self,
        name: str,
        parameters: Mapping[str, Any],
        function: Callable[P, R] | None = None,
        *,
        description: str | None = None,
        strict: bool | None = None,
        fields: tuple[Field, ...] | None = None,
    ) -> None:
        if not isinstance(name, str) or not _NAME.match(name):
            raise ValueError(
                f"tool name must be 1-64 letters, digits, '_' or '-', got {name!r}"
                + (" (give name=...)" if function is not None else "")
            )
        if not isinstance(parameters, Mapping):
            raise TypeError(
                f"tool {name!r}: parameters must be a JSON Schema object (a dict), "
                f"not {type(parameters).__name__}"
            )
        self.name = name
        self.description = description
        self.parameters = dict(parameters)
        self.function = function
        self.strict = strict
        self._fields = fields

    def to_param(self) -> ChatFunctionToolObjectParam:
        """The tool definition the spec expects in ``tools`` (a fresh dict each time)."""
        function: dict[str, Any] = {"name": self.name}
        if self.description:
            function["description"] = self.description
        function["parameters"] = self.parameters
        if self.strict is not None:
            function["strict"] = self.strict
        return {"type": "function", "function": function}  # type: ignore[typeddict-item]

    @property
    def is_async(self) -> bool:
        """Whether calling the function gives an awaitable (``async def``)."""
        function = self.function
        if function is None:
            return False
        call = getattr(function, "__call__", None)  # noqa: B004 (async __call__ of an object)
        return inspect.iscoroutinefunction(function) or inspect.iscoroutinefunction(call)

    def __call__(self, *args: P.args, **kwargs: P.kwargs) -> R:
        if self.function is None:
            raise TypeError(f"tool {self.name!r} has only a definition, no function to call")
        return self.function(*args, **kwargs)

    def parse_arguments(self, arguments: str | Mapping[str, Any] | None) -> dict[str, Any]:
        """The model's arguments (a JSON string or a dict) as keyword arguments of the function.

        Raises ``ToolArgumentsError`` naming every parameter that is wrong.
        """
        value: Any = arguments
        if arguments is None or (isinstance(arguments, str) and not arguments.strip()):
            value = {}
        elif isinstance(arguments, str):
            try:
                value = json.loads(arguments)
            except ValueError as error:
                raise ToolArgumentsError(
                    f"{self.name}: the arguments are not valid JSON ({error}): {arguments[:200]!r}",
                    tool_name=self.name,
                    arguments=arguments,
                ) from None
        if not isinstance(value, Mapping):
            raise ToolArgumentsError(
                f"{self.name}: the arguments must be a JSON object, got {type(value).__name__}",
                tool_name=self.name,
                arguments=arguments,
            )
        if self._fields is None:
            return dict(value)
        try:
            return coerce_fields(dict(value), self._fields)
        except CoercionError as error:
            raise ToolArgumentsError(
                f"{self.name}: invalid arguments: {error}",
                tool_name=self.name,
                arguments=arguments,
                errors=error.errors,
            ) from None

    def invoke(self, arguments: str | Mapping[str, Any] | None) -> R:
        """Check the model's ``arguments`` and call the function with them (an ``async``
        function's awaitable is returned as is)."""
        return self.call_with(self.parse_arguments(arguments))

    def call_with(self, arguments: Mapping[str, Any]) -> R:
        """Call the function with already checked keyword ``arguments`` (positional-only
        parameters are passed by position)."""
        if self.function is None:
            raise TypeError(f"tool {self.name!r} has only a definition, no function to call")
        kwargs = dict(arguments)
        args: list[Any] = []
        for field in self._fields or ():
            if not field.positional_only or field.keyword not in kwargs:
                break
            args.append(kwargs.pop(field.keyword))
        return self.function(*args, **kwargs)

    def __repr__(self) -> str:
        return f"Tool(name={self.name!r}, description={self.description!r})"


def _signature_fields(function: Callable[..., Any], name: str, docs: dict[str, str]) -> list[Field]:
    try:
        signature = inspect.signature(function)
    except (TypeError, ValueError) as error:
        raise TypeError(f"tool {name!r}: cannot read the signature of {function!r}") from error
    try:
        hints = typing.get_type_hints(function, include_extras=True)
    except Exception as error:
        raise TypeError(f"tool {name!r}: cannot resolve the type hints ({error})") from error
    fields: list[Field] = []
    for parameter in signature.parameters.values():
        if parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            star = "*" if parameter.kind is parameter.VAR_POSITIONAL else "**"
            raise TypeError(
                f"tool {name!r}: {star}{parameter.name} cannot be described to a model; "
                "name each parameter (or pass parameters={...})"
            )
        hint = hints.get(parameter.name, Any)
        has_default = parameter.default is not parameter.empty
        fields.append(
            Field(
                parameter.name,
                hint,
                required=not has_default,
                default=parameter.default if has_default else MISSING,
                description=docs.get(parameter.name),
                positional_only=parameter.kind is parameter.POSITIONAL_ONLY,
            )
        )
    return fields


def _from_function(
    function: Callable[P, R],
    name: str | None,
    description: str | None,
    strict: bool | None,
) -> Tool[P, R]:
    if isinstance(function, Tool):
        raise TypeError(f"{function!r} is already a tool")
    if not callable(function):
        raise TypeError(f"tool() needs a function, got {type(function).__name__}")
    tool_name = name or getattr(function, "__name__", None) or type(function).__name__
    doc = parse_docstring(inspect.getdoc(function))
    fields = tuple(_signature_fields(function, tool_name, doc.params))
    parameters = fields_schema(fields, strict=bool(strict), path=tool_name)
    return Tool(
        tool_name,
        parameters,
        function,
        description=description if description is not None else doc.summary,
        strict=strict,
        fields=fields,
    )


@overload
def tool(
    function: Callable[P, R],
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
) -> Tool[P, R]: ...


@overload
def tool(
    function: Callable[P, R] | None = None,
    *,
    name: str,
    parameters: Mapping[str, Any],
    description: str | None = None,
    strict: bool | None = None,
) -> Tool[P, R]: ...


@overload
def tool(
    function: None = None,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool | None = None,
) -> Callable[[Callable[P, R]], Tool[P, R]]: ...


def tool(
    function: Callable[P, R] | None = None,
    *,
    name: str | None = None,
    description: str | None = None,
    parameters: Mapping[str, Any] | None = None,
    strict: bool | None = None,
) -> Tool[P, R] | Callable[[Callable[P, R]], Tool[P, R]]:
    """A ``Tool`` from a function (``@tool`` or ``@tool(name=..., strict=True)``), or from an
    explicit JSON Schema (``tool(name=..., description=..., parameters={...}, function=f)``;
    ``f`` then gets the model's arguments as keywords, unchecked).

    ``strict=True`` builds a strict-mode schema (all parameters required, optional ones
    nullable) and sends ``"strict": true``.
    """
    if parameters is not None:
        if name is None:
            raise TypeError("tool(parameters=...) needs name=... too")
        return Tool(name, parameters, function, description=description, strict=strict)
    if function is None:

        def decorate(function: Callable[P, R]) -> Tool[P, R]:
            return _from_function(function, name, description, strict)

        return decorate
    return _from_function(function, name, description, strict)


def tool_output(value: Any) -> str:
    """What a tool returned as the text of its result message: strings as they are, anything
    else (dicts, dataclasses, attrs classes, enums, lists of them) as JSON."""
    if isinstance(value, str):
        return value
    return json.dumps(to_json_value(value), ensure_ascii=False, default=str)
