"""The list fold as it was before streams folded as they go: the oracle ``test_fold`` compares
``ChatFold`` with (it saw every chunk at once, so it has no incremental state to get wrong).
Kept verbatim; do not "fix" it, the point is that it does not change."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

_TOP_LEVEL = (
    "id",
    "created",
    "model",
    "provider",
    "system_fingerprint",
    "service_tier",
    "openrouter_metadata",
)
_TEXT = ("content", "reasoning", "refusal")
_DETAIL_TEXT = ("text", "summary", "data")


class _Choice:
    __slots__ = (
        "audio",
        "details",
        "error",
        "extra",
        "finish",
        "index",
        "lists",
        "logprobs",
        "role",
        "texts",
        "tools",
    )

    def __init__(self, index: int) -> None:
        self.index = index
        self.role: str | None = None
        self.texts: dict[str, list[str]] = {}
        self.tools: dict[int, dict[str, Any]] = {}
        self.details: dict[Any, dict[str, Any]] = {}
        self.lists: dict[str, list[Any]] = {}
        self.audio: dict[str, Any] | None = None
        self.logprobs: dict[str, list[Any]] | None = None
        self.finish: dict[str, Any] = {}
        self.error: Any = None
        self.extra: dict[str, Any] = {}

    def add_delta(self, delta: dict[str, Any]) -> None:
        for key, value in delta.items():
            if value is None:
                continue
            if key in _TEXT:
                self.texts.setdefault(key, []).append(value)
            elif key == "role":
                self.role = value
            elif key == "tool_calls":
                self._add_tool_calls(value)
            elif key == "reasoning_details":
                self._add_details(value)
            elif key == "audio":
                self._add_audio(value)
            elif isinstance(value, list):
                self.lists.setdefault(key, []).extend(value)
            else:
                self.extra[key] = value

    def _add_tool_calls(self, calls: list[dict[str, Any]]) -> None:
        for position, call in enumerate(calls):
            index = call.get("index", position)
            slot = self.tools.get(index)
            if slot is None:
                slot = self.tools[index] = {"function": {"name": "", "arguments": ""}}
                slot["_index"] = index
            for key, value in call.items():
                if key == "function":
                    function = slot["function"]
                    for fkey, fvalue in (value or {}).items():
                        if fvalue is None:
                            continue
                        if fkey == "arguments":
                            function["arguments"] += fvalue
                        elif fkey == "name":
                            # Sent whole in the first fragment; a repeat of it is not a new part.
                            if function["name"] != fvalue:
                                function["name"] += fvalue
                        else:
                            function[fkey] = fvalue
                elif key != "index" and value is not None:
                    slot[key] = value

    def _add_details(self, details: list[dict[str, Any]]) -> None:
        for detail in details:
            key = detail.get("index")
            if key is None:
                key = ("unindexed", len(self.details))
            slot = self.details.get(key)
            if slot is None:
                self.details[key] = dict(detail)
                continue
            for field, value in detail.items():
                if value is None:
                    continue
                if field in _DETAIL_TEXT and isinstance(value, str):
                    slot[field] = (slot.get(field) or "") + value
                else:
                    slot[field] = value

    def _add_audio(self, audio: dict[str, Any]) -> None:
        if self.audio is None:
            self.audio = {}
        for key, value in audio.items():
            if key in ("data", "transcript") and isinstance(value, str):
                self.audio[key] = self.audio.get(key, "") + value
            elif value is not None:
                self.audio[key] = value

    def add_logprobs(self, logprobs: dict[str, Any]) -> None:
        if self.logprobs is None:
            self.logprobs = {}
        for key, value in logprobs.items():
            if isinstance(value, list):
                self.logprobs.setdefault(key, []).extend(value)

    def body(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": self.role or "assistant"}
        message["content"] = "".join(self.texts["content"]) if "content" in self.texts else None
        for key in ("reasoning", "refusal"):
            if key in self.texts:
                message[key] = "".join(self.texts[key])
        if self.tools:
            calls = []
            for index in sorted(self.tools):
                call = dict(self.tools[index])
                del call["_index"]
                call.setdefault("type", "function")
                calls.append(call)
            message["tool_calls"] = calls
        if self.details:
            message["reasoning_details"] = list(self.details.values())
        if self.audio is not None:
            message["audio"] = self.audio
        message.update(self.lists)
        message.update(self.extra)
        choice: dict[str, Any] = {
            "index": self.index,
            "message": message,
            "finish_reason": self.finish.get("finish_reason"),
        }
        if "native_finish_reason" in self.finish:
            choice["native_finish_reason"] = self.finish["native_finish_reason"]
        if self.logprobs is not None:
            choice["logprobs"] = self.logprobs
        if self.error is not None:
            choice["error"] = self.error
        return choice


def fold_chunks(chunks: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The chat completion body (``ChatResult`` shape) that ``chunks`` add up to."""
    out: dict[str, Any] = {"object": "chat.completion"}
    choices: dict[int, _Choice] = {}
    for chunk in chunks:
        for key in _TOP_LEVEL:
            value = chunk.get(key)
            if value is not None:
                out[key] = value
        usage = chunk.get("usage")
        if usage:
            out["usage"] = usage
        for raw in chunk.get("choices") or ():
            index = raw.get("index", 0)
            choice = choices.get(index)
            if choice is None:
                choice = choices[index] = _Choice(index)
            delta = raw.get("delta")
            if delta:
                choice.add_delta(delta)
            for key in ("finish_reason", "native_finish_reason"):
                if raw.get(key) is not None:
                    choice.finish[key] = raw[key]
            if raw.get("logprobs"):
                choice.add_logprobs(raw["logprobs"])
            if raw.get("error") is not None:
                choice.error = raw["error"]
    out["choices"] = [choices[index].body() for index in sorted(choices)]
    return out
