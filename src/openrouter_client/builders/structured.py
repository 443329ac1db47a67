"""Structured outputs: ask for JSON of a given shape, and read the answer back as that type.

    fmt = response_format(Invoice)          # {"type": "json_schema", "json_schema": {...}}
    r = client.chat.completions.create(model=..., messages=..., response_format=fmt)
    invoice = parse_output(r.choices[0].message.content, Invoice)

``client.chat.completions.parse(..., response_format=Invoice)`` does both in one call.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, overload

from .._errors import OpenRouterError
from .schema import CoercionError, coerce, json_schema

if TYPE_CHECKING:
    from openrouter_api.params import ChatFormatJsonSchemaConfigParam

__all__ = ["StructuredOutputError", "parse_output", "response_format"]

T = TypeVar("T")

_NAME_CHARS = re.compile(r"[^A-Za-z0-9_-]")
_FENCE = re.compile(r"^\s*```[A-Za-z0-9_-]*[ \t]*\n(.*?)\n?```\s*$", re.DOTALL)


class StructuredOutputError(OpenRouterError, ValueError):
    """The model's answer is not the JSON that was asked for.

    ``raw_text`` is the answer exactly as received (None when there was no text); ``errors``
    lists ``(path, problem)`` when the JSON parsed but did not match the type.
    """

    def __init__(
        self,
        message: str,
        *,
        raw_text: str | None,
        errors: list[tuple[str, str]] | None = None,
    ) -> None:
        super().__init__(message)
        self.raw_text = raw_text
        self.errors = errors or []


def _schema_name(name: str) -> str:
    cleaned = _NAME_CHARS.sub("_", name)[:64]
    return cleaned or "response"


def _type_label(target: Any) -> str:
    return getattr(target, "__name__", None) or repr(target)


def response_format(
    type_or_schema: Any,
    *,
    name: str | None = None,
    description: str | None = None,
    strict: bool = True,
) -> ChatFormatJsonSchemaConfigParam:
    """The ``response_format`` asking for JSON shaped like ``type_or_schema``: a dataclass, attrs
    class or TypedDict (its schema built here, strict-mode ready by default), or a JSON Schema
    dict used as given. ``name`` defaults to the class name (or the schema's ``title``)."""
    if isinstance(type_or_schema, Mapping):
        if type_or_schema.get("type") == "json_schema" and "json_schema" in type_or_schema:
            raise TypeError(
                "response_format() got a whole response_format; pass it to create() directly, "
                "or give just the schema"
            )
        schema = dict(type_or_schema)
        default_name = schema.get("title") if isinstance(schema.get("title"), str) else None
        label = default_name or "response"
    else:
        schema = json_schema(type_or_schema, strict=strict)
        if schema.get("type") != "object" and strict:
            raise TypeError(
                f"{_type_label(type_or_schema)}: a strict structured output must be a JSON object; "
                "wrap it in a class (e.g. a dataclass with one list field) or pass strict=False"
            )
        label = _type_label(type_or_schema)
    config: dict[str, Any] = {"name": _schema_name(name or label)}
    if description is not None:
        config["description"] = description
    config["schema"] = schema
    config["strict"] = strict
    return {"type": "json_schema", "json_schema": config}  # type: ignore[typeddict-item]


def _unfenced(text: str) -> str:
    match = _FENCE.match(text)
    return match.group(1) if match else text


@overload
def parse_output(text: str | None, type_or_schema: type[T]) -> T: ...
@overload
def parse_output(text: str | None, type_or_schema: Any) -> Any: ...
def parse_output(text: str | None, type_or_schema: Any) -> Any:
    """The model's JSON answer as an instance of ``type_or_schema`` (a JSON Schema dict: the
    decoded JSON, unchecked). A surrounding Markdown code fence is tolerated.

    Raises ``StructuredOutputError`` (keeping ``raw_text``) when the text is missing, is not
    JSON, or does not match the type.
    """
    if text is not None and not isinstance(text, str):
        raise TypeError(f"parse_output() needs the answer's text, got {type(text).__name__}")
    if text is None or not text.strip():
        raise StructuredOutputError(
            "the answer has no text to parse as JSON"
            + (" (it was empty)" if text is not None else ""),
            raw_text=text,
        )
    try:
        value = json.loads(_unfenced(text))
    except ValueError as error:
        excerpt = text if len(text) <= 200 else text[:200] + "..."
        raise StructuredOutputError(
            f"the answer is not valid JSON ({error}): {excerpt!r}", raw_text=text
        ) from None
    if isinstance(type_or_schema, Mapping):
        return value
    try:
        return coerce(value, type_or_schema)
    except CoercionError as error:
        raise StructuredOutputError(
            f"the answer does not match {_type_label(type_or_schema)}: {error}",
            raw_text=text,
            errors=error.errors,
        ) from None
