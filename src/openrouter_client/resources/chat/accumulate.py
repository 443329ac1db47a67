"""Fold streamed chat chunks, as they arrive, into the body a non-streamed completion would have.

Works on the raw JSON dicts (cheap, and nothing unknown is lost): content, reasoning and refusal
text are joined; tool calls and reasoning details are merged by their ``index``; logprobs and
annotations are concatenated; the last ``finish_reason`` and the usage chunk win.

``ChatFold`` keeps only the running result, never the chunks: text grows as ``Pieces`` (about a
byte per character, not an object per piece, and no quadratic ``+=``), so a 300,000-chunk stream
costs its text and little more. ``result()`` is a fresh snapshot each time;
folding goes on undisturbed after it (an error's ``partial`` is taken mid-stream).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..._text import BLOCK, Pieces

__all__ = ["ChatFold", "fold_chunks"]

_TOP_LEVEL = (
    "id",
    "created",
    "model",
    "provider",
    "system_fingerprint",
    "service_tier",
    "openrouter_metadata",
)
_DETAIL_TEXT = frozenset({"text", "summary", "data"})
_AUDIO_TEXT = frozenset({"data", "transcript"})


class _ToolCall:
    __slots__ = ("arguments", "fields", "function")

    def __init__(self) -> None:
        # Key order as a completed answer has it: ``function`` first, then keys as they arrive.
        self.fields: dict[str, Any] = {"function": None}
        self.function: dict[str, Any] = {"name": "", "arguments": ""}
        self.arguments: Pieces | None = None

    def add(self, call: dict[str, Any]) -> None:
        for key, value in call.items():
            if key == "function":
                function = self.function
                for fkey, fvalue in (value or {}).items():
                    if fvalue is None:
                        continue
                    if fkey == "arguments" and isinstance(fvalue, str):
                        if self.arguments is None:
                            self.arguments = Pieces(function["arguments"])
                        self.arguments.add(fvalue)
                    elif fkey == "name" and isinstance(fvalue, str):
                        # Sent whole in the first fragment; a repeat of it is not a new part.
                        name = function["name"]
                        if name != fvalue:
                            function["name"] = name + fvalue if isinstance(name, str) else fvalue
                    else:
                        function[fkey] = fvalue
                        if fkey == "arguments":
                            self.arguments = None  # not text: it replaces what came before
            elif key != "index" and value is not None:
                self.fields[key] = value

    def body(self) -> dict[str, Any]:
        call = dict(self.fields)
        function = dict(self.function)
        if self.arguments is not None:
            function["arguments"] = self.arguments.value()
        call["function"] = function
        call.setdefault("type", "function")
        return call


class _Merged:
    """A dict merged from fragments: the first one as sent, then non-null values win, and the
    text fields named in ``texts`` are joined."""

    __slots__ = ("pieces", "slot", "texts")

    def __init__(self, first: dict[str, Any], texts: frozenset[str]) -> None:
        self.slot = first
        self.texts = texts
        self.pieces: dict[str, Pieces] = {}

    def add(self, fragment: dict[str, Any]) -> None:
        slot = self.slot
        for field, value in fragment.items():
            if value is None:
                continue
            if field in self.texts and isinstance(value, str):
                text = self.pieces.get(field)
                if text is None:
                    text = self.pieces[field] = Pieces(slot.get(field))
                    slot[field] = ""  # keeps the key's place
                text.add(value)
            else:
                slot[field] = value
                self.pieces.pop(field, None)

    def body(self) -> dict[str, Any]:
        out = dict(self.slot)
        for field, text in self.pieces.items():
            out[field] = text.value()
        return out


class _Choice:
    __slots__ = (
        "audio",
        "content",
        "details",
        "error",
        "extra",
        "finish",
        "index",
        "lists",
        "logprobs",
        "reasoning",
        "refusal",
        "role",
        "tools",
    )

    def __init__(self, index: Any) -> None:
        self.index = index
        self.role: Any = None
        self.content: Pieces | None = None
        self.reasoning: Pieces | None = None
        self.refusal: Pieces | None = None
        self.tools: dict[Any, _ToolCall] = {}
        self.details: dict[Any, _Merged] = {}
        self.lists: dict[str, list[Any]] = {}
        self.audio: _Merged | None = None
        self.logprobs: dict[str, list[Any]] | None = None
        self.finish: dict[str, Any] = {}
        self.error: Any = None
        self.extra: dict[str, Any] = {}

    def add_delta(self, delta: dict[str, Any]) -> None:
        for key, value in delta.items():
            if value is None:
                continue
            if key == "content" and isinstance(value, str):
                if self.content is None:
                    self.content = Pieces()
                self.content.add(value)
            elif key == "role":
                self.role = value
            elif key == "reasoning" and isinstance(value, str):
                if self.reasoning is None:
                    self.reasoning = Pieces()
                self.reasoning.add(value)
            elif key == "refusal" and isinstance(value, str):
                if self.refusal is None:
                    self.refusal = Pieces()
                self.refusal.add(value)
            elif key == "tool_calls" and (not value or isinstance(value, list)):
                self._add_tool_calls(value)
            elif key == "reasoning_details" and (not value or isinstance(value, list)):
                self._add_details(value)
            elif key == "audio" and isinstance(value, dict):
                if self.audio is None:
                    self.audio = _Merged({}, _AUDIO_TEXT)
                self.audio.add(value)
            elif isinstance(value, list):
                self.lists.setdefault(key, []).extend(value)
            else:
                self.extra[key] = value

    def _add_tool_calls(self, calls: list[dict[str, Any]]) -> None:
        for position, call in enumerate(calls):
            index = call.get("index", position)
            slot = self.tools.get(index)
            if slot is None:
                slot = self.tools[index] = _ToolCall()
            slot.add(call)

    def _add_details(self, details: list[dict[str, Any]]) -> None:
        for detail in details:
            key = detail.get("index")
            if key is None:
                key = ("unindexed", len(self.details))
            slot = self.details.get(key)
            if slot is None:
                self.details[key] = _Merged(dict(detail), _DETAIL_TEXT)
            else:
                slot.add(detail)

    def add_logprobs(self, logprobs: dict[str, Any]) -> None:
        if self.logprobs is None:
            self.logprobs = {}
        for key, value in logprobs.items():
            if isinstance(value, list):
                self.logprobs.setdefault(key, []).extend(value)

    def body(self) -> dict[str, Any]:
        message: dict[str, Any] = {"role": self.role or "assistant"}
        message["content"] = self.content.value() if self.content is not None else None
        if self.reasoning is not None:
            message["reasoning"] = self.reasoning.value()
        if self.refusal is not None:
            message["refusal"] = self.refusal.value()
        if self.tools:
            message["tool_calls"] = [self.tools[index].body() for index in sorted(self.tools)]
        if self.details:
            message["reasoning_details"] = [detail.body() for detail in self.details.values()]
        if self.audio is not None:
            message["audio"] = self.audio.body()
        for key, values in self.lists.items():
            message[key] = list(values)
        message.update(self.extra)
        choice: dict[str, Any] = {
            "index": self.index,
            "message": message,
            "finish_reason": self.finish.get("finish_reason"),
        }
        if "native_finish_reason" in self.finish:
            choice["native_finish_reason"] = self.finish["native_finish_reason"]
        if self.logprobs is not None:
            choice["logprobs"] = {key: list(values) for key, values in self.logprobs.items()}
        if self.error is not None:
            choice["error"] = self.error
        return choice


class ChatFold:
    """The completion that the chunks added so far make up; ``add`` one chunk at a time.

    ``usage`` is the last usage object received (it comes in its own chunk after the finish).
    """

    __slots__ = ("_choices", "_top", "usage")

    def __init__(self) -> None:
        self._top: dict[str, Any] = {"object": "chat.completion"}
        self._choices: dict[Any, _Choice] = {}
        self.usage: dict[str, Any] | None = None

    def add(self, chunk: dict[str, Any]) -> None:
        top = self._top
        for key in _TOP_LEVEL:
            value = chunk.get(key)
            if value is not None:
                top[key] = value
        usage = chunk.get("usage")
        if usage:
            top["usage"] = self.usage = usage
        choices = chunk.get("choices")
        if not choices:
            return
        folded = self._choices
        for raw in choices:
            index = raw.get("index", 0)
            choice = folded.get(index)
            if choice is None:
                choice = folded[index] = _Choice(index)
            delta = raw.get("delta")
            if delta:
                content = delta.get("content")
                size = len(delta)
                if type(content) is str and (size == 1 or (size == 2 and "role" in delta)):
                    # The usual chunk, text (and the role): folded here, without the general loop.
                    role = delta.get("role")
                    if role is not None:
                        choice.role = role
                    text = choice.content
                    if text is None:
                        text = choice.content = Pieces()
                    text.parts.append(content)
                    text.fresh += 1
                    if text.fresh == BLOCK:
                        text.compact()
                else:
                    choice.add_delta(delta)
            value = raw.get("finish_reason")
            if value is not None:
                choice.finish["finish_reason"] = value
            value = raw.get("native_finish_reason")
            if value is not None:
                choice.finish["native_finish_reason"] = value
            value = raw.get("logprobs")
            if value:
                choice.add_logprobs(value)
            value = raw.get("error")
            if value is not None:
                choice.error = value

    def result(self) -> dict[str, Any]:
        """The chat completion body (``ChatResult`` shape) so far: a new dict on every call."""
        out = dict(self._top)
        choices = self._choices
        out["choices"] = [choices[index].body() for index in sorted(choices)]
        return out


def fold_chunks(chunks: Iterable[dict[str, Any]]) -> dict[str, Any]:
    """The chat completion body (``ChatResult`` shape) that ``chunks`` add up to."""
    fold = ChatFold()
    for chunk in chunks:
        fold.add(chunk)
    return fold.result()
