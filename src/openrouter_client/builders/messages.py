"""Message builders: ``system("Be terse")``, ``user("Hi")``, ``tool_result(call_id, "42")``."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from openrouter_api.params import (
        ChatAssistantMessageParam,
        ChatDeveloperMessageParam,
        ChatSystemMessageParam,
        ChatToolMessageParam,
        ChatUserMessageParam,
    )


def _content(content: str | Iterable[Mapping[str, Any]], role: str) -> Any:
    if isinstance(content, str):
        return content
    if isinstance(content, (bytes, Mapping)):
        raise TypeError(
            f"{role}() content must be a string or a list of content parts, "
            f"not {type(content).__name__}"
        )
    parts = list(content)
    for index, part in enumerate(parts):
        if not isinstance(part, Mapping) or "type" not in part:
            raise TypeError(
                f"{role}() content part {index} must be a dict with a 'type' (e.g. text('...')), "
                f"got {part!r:.80}"
            )
    return parts


def system(
    content: str | Iterable[Mapping[str, Any]], *, name: str | None = None
) -> ChatSystemMessageParam:
    """Instructions for the model."""
    message: dict[str, Any] = {"role": "system", "content": _content(content, "system")}
    if name is not None:
        message["name"] = name
    return message  # type: ignore[return-value]


def developer(
    content: str | Iterable[Mapping[str, Any]], *, name: str | None = None
) -> ChatDeveloperMessageParam:
    """Developer instructions (models that distinguish them from system prompts)."""
    message: dict[str, Any] = {"role": "developer", "content": _content(content, "developer")}
    if name is not None:
        message["name"] = name
    return message  # type: ignore[return-value]


def user(
    content: str | Iterable[Mapping[str, Any]], *, name: str | None = None
) -> ChatUserMessageParam:
    """What the user says: a string, or a list of content parts (text, images, files, audio)."""
    message: dict[str, Any] = {"role": "user", "content": _content(content, "user")}
    if name is not None:
        message["name"] = name
    return message  # type: ignore[return-value]


def assistant(
    content: str | Iterable[Mapping[str, Any]] | None = None,
    *,
    tool_calls: Iterable[Mapping[str, Any]] | None = None,
    name: str | None = None,
    reasoning_details: Iterable[Mapping[str, Any]] | None = None,
) -> ChatAssistantMessageParam:
    """An earlier answer of the model (to replay a conversation)."""
    message: dict[str, Any] = {"role": "assistant"}
    message["content"] = None if content is None else _content(content, "assistant")
    if tool_calls is not None:
        message["tool_calls"] = [dict(call) for call in tool_calls]
    if name is not None:
        message["name"] = name
    if reasoning_details is not None:
        message["reasoning_details"] = [dict(detail) for detail in reasoning_details]
    return message  # type: ignore[return-value]


def tool_result(tool_call_id: str, content: Any) -> ChatToolMessageParam:
    """The result of a tool call, answering the call with id ``tool_call_id``.

    ``content`` that is not a string (a dict, a list, a number) is sent as JSON.
    """
    if not isinstance(tool_call_id, str) or not tool_call_id:
        raise TypeError(f"tool_result() needs the tool call's id as a string, got {tool_call_id!r}")
    if not isinstance(content, str):
        content = json.dumps(content, ensure_ascii=False, default=str)
    return {"role": "tool", "tool_call_id": tool_call_id, "content": content}
