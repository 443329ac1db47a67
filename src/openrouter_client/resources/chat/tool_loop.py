"""``completions.run_tools``: ask the model, run the tools it calls, send back the results, repeat
until it answers without calling a tool.

The decisions (which tool a call means, what its arguments are, what message reports its
result or its failure) are plain functions; ``run_tools_sync`` and ``run_tools_async`` only do
the I/O: the requests, and running the tools (a thread pool, or ``asyncio.gather`` with
blocking tools in threads).

A tool that raises, an unknown tool name, or arguments that do not fit the tool's parameters
do not stop the loop: the model gets ``{"error": "ValueError: ..."}`` as that call's result
and may try again. ``max_steps`` bounds the number of requests; when the model still calls
tools in the last one, its calls are run (so ``messages`` is a complete conversation that can
be resumed) and ``ToolLoopLimitError`` is raised with the run so far in ``.run``.
"""

from __future__ import annotations

import asyncio
import inspect
import json
from collections.abc import Awaitable, Callable, Iterable, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from ..._errors import OpenRouterError
from ...builders.messages import tool_result
from ...builders.tools import Tool, ToolArgumentsError, tool, tool_output

if TYPE_CHECKING:
    from openrouter_api.models import ChatResult

__all__ = [
    "ToolCallRecord",
    "ToolLoopLimitError",
    "ToolRun",
    "ToolStep",
    "run_tools_async",
    "run_tools_sync",
]

MAX_WORKERS = 16


@dataclass
class ToolCallRecord:
    """One tool call of the model and what answered it.

    ``output`` is what the tool returned (None when it failed); ``error`` the failure's text
    (None when it ran); ``content`` the result message's text, exactly as sent to the model.
    """

    id: str
    name: str
    arguments: str
    output: Any = None
    error: str | None = None
    content: str = ""


@dataclass
class ToolStep:
    """One request of the loop: the model's answer, and the tool calls it asked for (run)."""

    result: ChatResult
    calls: list[ToolCallRecord] = field(default_factory=list)


@dataclass
class ToolRun:
    """A finished tool loop: the final answer, the whole conversation as JSON messages (the ones
    given, each assistant turn as received, each tool result), and every step."""

    result: ChatResult
    messages: list[dict[str, Any]]
    steps: list[ToolStep]

    @property
    def content(self) -> str | None:
        """The final answer's text."""
        choices = self.result.to_dict().get("choices") or []
        if not choices:
            return None
        content = (choices[0].get("message") or {}).get("content")
        return content if isinstance(content, str) else None


class ToolLoopLimitError(OpenRouterError, RuntimeError):
    """The model still called tools after ``max_steps`` requests. ``run`` holds everything so
    far: its ``messages`` end with the last calls' results, ready to continue from."""

    def __init__(self, run: ToolRun, max_steps: int) -> None:
        names = sorted({call.name for call in run.steps[-1].calls}) if run.steps else []
        super().__init__(
            f"the model was still calling tools ({', '.join(names)}) after max_steps={max_steps} "
            "requests; raise max_steps, or continue from .run.messages"
        )
        self.run = run
        self.max_steps = max_steps


# -- decisions --------------------------------------------------------------------------------


class Toolbox:
    """The tools of a loop: the definitions to send, and the runnable ones by name."""

    __slots__ = ("definitions", "names", "runnable")

    def __init__(self, tools: Iterable[Any]) -> None:
        if isinstance(tools, (str, bytes, Mapping)) or not isinstance(tools, Iterable):
            raise TypeError("tools must be a list of tools, e.g. [get_weather]")
        self.definitions: list[Any] = []
        self.runnable: dict[str, Tool[..., Any]] = {}
        self.names: frozenset[str]
        names: set[str] = set()
        for item in tools:
            if isinstance(item, Mapping):
                definition: Any = dict(item)  # a hand-written definition or a server tool
            else:
                if not isinstance(item, Tool):
                    if not callable(item):
                        raise TypeError(f"tools: {item!r} is neither a tool, a function nor a dict")
                    item = tool(item)
                definition = item.to_param()
                if item.function is not None:
                    self.runnable[item.name] = item
            name = (definition.get("function") or {}).get("name")
            if name is not None:
                if name in names:
                    raise ValueError(f"tools: two tools are named {name!r}")
                names.add(name)
            self.definitions.append(definition)
        self.names = frozenset(names)

    def describe(self) -> str:
        return ", ".join(sorted(self.runnable)) or "none"


@dataclass
class PlannedCall:
    """A tool call ready to run (``tool`` and ``kwargs``), or already failed (``error``)."""

    record: ToolCallRecord
    tool: Tool[..., Any] | None = None
    kwargs: dict[str, Any] = field(default_factory=dict)


def assistant_turn(
    result: ChatResult,
) -> tuple[dict[str, Any] | None, list[Mapping[str, Any]]]:
    """The answer's message as JSON (as received: ``reasoning_details`` and all) and the tool
    calls it asks for."""
    choices = result.to_dict().get("choices") or []
    message = choices[0].get("message") if choices and isinstance(choices[0], Mapping) else None
    if not isinstance(message, Mapping):
        return None, []
    calls = message.get("tool_calls") or []
    return dict(message), [call for call in calls if isinstance(call, Mapping)]


def error_content(error: BaseException | str) -> str:
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    return json.dumps({"error": text}, ensure_ascii=False)


def plan_call(call: Mapping[str, Any], box: Toolbox) -> PlannedCall:
    """Which tool ``call`` means and its checked arguments; or the error the model gets."""
    function = call.get("function") or {}
    name = str(function.get("name") or "")
    arguments = function.get("arguments")
    raw = arguments if isinstance(arguments, str) else json.dumps(arguments or {})
    record = ToolCallRecord(id=str(call.get("id") or ""), name=name, arguments=raw)
    found = box.runnable.get(name)
    if found is None:
        if name in box.names:
            problem = f"tool {name!r} has no function on this side to run it"
        else:
            problem = f"unknown tool {name!r}; available: {box.describe()}"
        return fail(record, problem)
    try:
        kwargs = found.parse_arguments(arguments)
    except ToolArgumentsError as error:
        return fail(record, error)
    return PlannedCall(record, found, kwargs)


def fail(record: ToolCallRecord, error: BaseException | str) -> PlannedCall:
    text = error if isinstance(error, str) else f"{type(error).__name__}: {error}"
    record.error = text
    record.content = error_content(text)
    return PlannedCall(record)


def succeed(record: ToolCallRecord, output: Any) -> ToolCallRecord:
    record.output = output
    try:
        record.content = tool_output(output)
    except (TypeError, ValueError) as error:  # not JSON-encodable
        record.output = None
        record.error = f"{type(error).__name__}: {error}"
        record.content = error_content(record.error)
    return record


def result_message(record: ToolCallRecord) -> dict[str, Any]:
    return dict(tool_result(record.id or "missing-id", record.content))


def _check_steps(max_steps: int) -> None:
    if not isinstance(max_steps, int) or max_steps < 1:
        raise ValueError(f"max_steps must be a positive integer, got {max_steps!r}")


# -- I/O: blocking ----------------------------------------------------------------------------


def _run_one_sync(planned: PlannedCall) -> ToolCallRecord:
    if planned.tool is None or planned.tool.function is None:
        return planned.record
    try:
        output = planned.tool.call_with(planned.kwargs)
        if inspect.isawaitable(output):
            output = asyncio.run(_awaited(output))
    except Exception as error:
        return fail(planned.record, error).record
    return succeed(planned.record, output)


async def _awaited(awaitable: Awaitable[Any]) -> Any:
    return await awaitable


def _execute_sync(planned: list[PlannedCall], parallel: bool) -> list[ToolCallRecord]:
    runnable = sum(1 for p in planned if p.tool is not None)
    if parallel and runnable > 1:
        with ThreadPoolExecutor(max_workers=min(runnable, MAX_WORKERS)) as pool:
            return list(pool.map(_run_one_sync, planned))
    return [_run_one_sync(p) for p in planned]


def run_tools_sync(
    create: Callable[..., ChatResult],
    messages: Iterable[Any],
    tools: Iterable[Any],
    max_steps: int,
    parallel: bool,
    params: dict[str, Any],
) -> ToolRun:
    _check_steps(max_steps)
    box = Toolbox(tools)
    conversation = _start(messages, params)
    steps: list[ToolStep] = []
    for _ in range(max_steps):
        result = create(messages=list(conversation), tools=box.definitions, **params)
        message, calls = assistant_turn(result)
        if message is not None:
            conversation.append(message)
        step = ToolStep(result)
        steps.append(step)
        if not calls:
            return ToolRun(result, conversation, steps)
        step.calls = _execute_sync([plan_call(call, box) for call in calls], parallel)
        conversation.extend(result_message(record) for record in step.calls)
    raise ToolLoopLimitError(ToolRun(result, conversation, steps), max_steps)


def _start(messages: Iterable[Any], params: dict[str, Any]) -> list[dict[str, Any]]:
    if "stream" in params:
        raise TypeError("run_tools() does not stream; it returns the final answer")
    if "tools" in params:
        raise TypeError("run_tools() got tools twice")
    from . import encode_messages

    return [dict(message) for message in encode_messages(messages)]


# -- I/O: awaitable ---------------------------------------------------------------------------


async def _run_one_async(planned: PlannedCall) -> ToolCallRecord:
    found = planned.tool
    if found is None or found.function is None:
        return planned.record
    try:
        if found.is_async:
            output = await found.call_with(planned.kwargs)
        else:
            output = await asyncio.to_thread(found.call_with, planned.kwargs)
            if inspect.isawaitable(output):
                output = await output
    except Exception as error:
        return fail(planned.record, error).record
    return succeed(planned.record, output)


async def _execute_async(planned: list[PlannedCall], parallel: bool) -> list[ToolCallRecord]:
    if parallel:
        return list(await asyncio.gather(*(_run_one_async(p) for p in planned)))
    return [await _run_one_async(p) for p in planned]


async def run_tools_async(
    create: Callable[..., Awaitable[ChatResult]],
    messages: Iterable[Any],
    tools: Iterable[Any],
    max_steps: int,
    parallel: bool,
    params: dict[str, Any],
) -> ToolRun:
    _check_steps(max_steps)
    box = Toolbox(tools)
    conversation = _start(messages, params)
    steps: list[ToolStep] = []
    for _ in range(max_steps):
        result = await create(messages=list(conversation), tools=box.definitions, **params)
        message, calls = assistant_turn(result)
        if message is not None:
            conversation.append(message)
        step = ToolStep(result)
        steps.append(step)
        if not calls:
            return ToolRun(result, conversation, steps)
        step.calls = await _execute_async([plan_call(call, box) for call in calls], parallel)
        conversation.extend(result_message(record) for record in step.calls)
    raise ToolLoopLimitError(ToolRun(result, conversation, steps), max_steps)
