"""``completions.parse``: the request for a structured answer, and the answer read as a type.

Plain functions both the blocking and the awaitable ``parse`` call around their one request.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from ...builders.structured import StructuredOutputError, parse_output, response_format

if TYPE_CHECKING:
    from openrouter_api.models import ChatChoice, ChatResult, ChatUsage

__all__ = ["HEALING_PLUGIN", "ParsedChatResult", "parse_request", "parsed_result"]

T = TypeVar("T")

HEALING_PLUGIN = "response-healing"


class ParsedChatResult(Generic[T]):
    """A chat completion whose answer was read as a ``T``: ``parsed``, plus the whole
    ``result`` (``choices``, ``usage``, ``id`` and ``model`` are the result's)."""

    __slots__ = ("parsed", "result")

    def __init__(self, result: ChatResult, parsed: T) -> None:
        self.result = result
        self.parsed = parsed

    @property
    def choices(self) -> list[ChatChoice]:
        return self.result.choices

    @property
    def usage(self) -> ChatUsage | None:
        usage = self.result.usage
        return usage or None

    @property
    def id(self) -> str:
        return self.result.id

    @property
    def model(self) -> str:
        return self.result.model

    @property
    def content(self) -> str | None:
        """The answer's text, as received (before parsing)."""
        return _content(self.result)

    def to_dict(self) -> dict[str, Any]:
        """The completion's JSON as received."""
        return self.result.to_dict()

    def __repr__(self) -> str:
        return f"ParsedChatResult(parsed={self.parsed!r})"


def parse_request(
    target: Any, params: dict[str, Any], *, healing: bool, strict: bool, name: str | None
) -> Any:
    """Put the ``response_format`` for ``target`` (and the response-healing plugin when asked)
    into ``params``; returns what to parse the answer as."""
    if "stream" in params:
        raise TypeError("parse() does not stream; use create(stream=True) and parse_output()")
    if isinstance(target, Mapping) and target.get("type") == "json_schema":
        params["response_format"] = dict(target)  # already a whole response_format
        schema = target.get("json_schema")
        parse_as: Any = schema.get("schema", {}) if isinstance(schema, Mapping) else {}
    else:
        params["response_format"] = response_format(target, name=name, strict=strict)
        parse_as = target
    if healing:
        plugins = list(params.get("plugins") or ())
        if not any(isinstance(p, Mapping) and p.get("id") == HEALING_PLUGIN for p in plugins):
            plugins.append({"id": HEALING_PLUGIN})
        params["plugins"] = plugins
    return parse_as


def _content(result: ChatResult) -> str | None:
    data = result.to_dict()
    choices = data.get("choices") or []
    if not choices:
        return None
    content = (choices[0].get("message") or {}).get("content")
    if isinstance(content, list):  # content parts: the text ones, joined
        return "".join(
            part.get("text", "")
            for part in content
            if isinstance(part, Mapping) and part.get("type") == "text"
        )
    return content if isinstance(content, str) else None


def parsed_result(result: ChatResult, parse_as: Any) -> ParsedChatResult[Any]:
    """``result`` with its first choice's text read as ``parse_as``; a refusal, an empty answer
    or a mismatch raises ``StructuredOutputError`` (with the text received)."""
    data = result.to_dict()
    choices = data.get("choices") or []
    if not choices:
        raise StructuredOutputError("the completion has no choices to parse", raw_text=None)
    message = choices[0].get("message") or {}
    text = _content(result)
    refusal = message.get("refusal")
    if refusal and not text:
        raise StructuredOutputError(f"the model refused: {refusal}", raw_text=text)
    try:
        parsed = parse_output(text, parse_as)
    except StructuredOutputError as error:
        if choices[0].get("finish_reason") == "length":
            raise StructuredOutputError(
                f"{error} (the answer was cut off: finish_reason 'length')",
                raw_text=error.raw_text,
                errors=error.errors,
            ) from None
        raise
    return ParsedChatResult(result, parsed)
