"""Folding Responses API stream events into the response they describe (plain data, no I/O).

OpenRouter's spec names text events ``response.output_text.delta``/``.done`` and ends with
``response.completed``; its docs page shows ``response.content_part.delta`` and ``response.done``.
Both spellings are folded the same way. The final ``response`` object of the last event wins;
where it lacks ``output`` (the docs' ``response.done`` does), the output is assembled from the
output-item events and text deltas that arrived.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from ..._text import Pieces

__all__ = ["ResponseFold", "output_text"]

TEXT_DELTA = frozenset({"response.output_text.delta", "response.content_part.delta"})
TEXT_DONE = frozenset({"response.output_text.done"})
# Events that end a response (successfully or not) and carry its final state.
TERMINAL = frozenset({"response.completed", "response.done", "response.incomplete"})
SNAPSHOT = frozenset({"response.created", "response.in_progress", "response.failed", *TERMINAL})


class ResponseFold:
    """Accumulates events as they arrive (keeping none of them); ``result()`` is the response
    as far as it arrived, a new dict on every call."""

    __slots__ = ("final", "items", "snapshot", "texts")

    def __init__(self) -> None:
        self.snapshot: dict[str, Any] = {}
        self.final: dict[str, Any] | None = None
        self.items: dict[int, dict[str, Any]] = {}
        self.texts: dict[tuple[int, int], Pieces] = {}

    def add(self, event: Mapping[str, Any]) -> None:
        kind = event.get("type")
        if kind in TEXT_DELTA:
            delta = event.get("delta")
            if isinstance(delta, str):
                position = _position(event)
                text = self.texts.get(position)
                if text is None:
                    text = self.texts[position] = Pieces()
                text.add(delta)
        elif kind in TEXT_DONE:
            text = event.get("text")
            if isinstance(text, str):
                self.texts[_position(event)] = Pieces(text)
        elif kind in ("response.output_item.added", "response.output_item.done"):
            item = event.get("item")
            if isinstance(item, Mapping):
                self.items[_index(event.get("output_index"))] = dict(item)
        elif kind in SNAPSHOT:
            response = event.get("response")
            if isinstance(response, Mapping):
                self.snapshot = dict(response)
                if kind in TERMINAL:
                    self.final = self.snapshot

    def result(self) -> dict[str, Any]:
        """The response JSON: the last snapshot, with ``output`` assembled when it has none."""
        result = dict(self.snapshot)
        if not result.get("output") and (self.items or self.texts):
            result["output"] = self._output()
        return result

    def text(self) -> str:
        """Output text: from the response's message items, else from the deltas received."""
        text = output_text(self.result())
        if text or not self.texts:
            return text
        return "".join(parts.value() for _, parts in sorted(self.texts.items()))

    def _output(self) -> list[dict[str, Any]]:
        indexes = sorted({*self.items, *(position[0] for position in self.texts)})
        output = []
        for index in indexes:
            item = dict(self.items.get(index) or {"type": "message", "role": "assistant"})
            if item.get("type") == "message":
                item["content"] = self._content(index, item.get("content"))
            output.append(item)
        return output

    def _content(self, index: int, content: Any) -> list[Any]:
        parts: list[Any] = [dict(p) for p in content] if isinstance(content, list) else []
        for (item_index, part_index), pieces in sorted(self.texts.items()):
            if item_index != index:
                continue
            while len(parts) <= part_index:
                parts.append({"type": "output_text", "text": "", "annotations": []})
            part = parts[part_index]
            if isinstance(part, dict) and not part.get("text"):
                part["text"] = pieces.value()
        return parts


def output_text(response: Any) -> str:
    """The text of a response's assistant messages (``output[].content[]`` of type
    ``output_text``), joined; works on the generated model and on plain JSON alike."""
    data = response.to_dict() if hasattr(response, "to_dict") else response
    if not isinstance(data, Mapping):
        return ""
    texts = []
    for item in data.get("output") or ():
        if not isinstance(item, Mapping) or item.get("type") != "message":
            continue
        for part in item.get("content") or ():
            if isinstance(part, Mapping) and part.get("type") == "output_text":
                text = part.get("text")
                if isinstance(text, str):
                    texts.append(text)
    return "".join(texts)


def _index(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _position(event: Mapping[str, Any]) -> tuple[int, int]:
    return _index(event.get("output_index")), _index(event.get("content_index"))
