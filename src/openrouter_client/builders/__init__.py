"""Builders for what requests are made of: messages, content parts, tools, response formats.

Each returns plain JSON-ready dicts typed with the spec's TypedDicts, so their output can be
inspected, stored, or mixed freely with hand-written dicts.
"""

from .messages import assistant, developer, system, tool_result, user
from .parts import audio, cache_control, file, image, text, video
from .routing import (
    auto_router,
    file_parser,
    moderation,
    provider,
    reasoning,
    response_healing,
    web_search,
)
from .schema import json_schema
from .structured import StructuredOutputError, parse_output, response_format
from .tools import Tool, ToolArgumentsError, tool

__all__ = [
    "StructuredOutputError",
    "Tool",
    "ToolArgumentsError",
    "assistant",
    "audio",
    "auto_router",
    "cache_control",
    "developer",
    "file",
    "file_parser",
    "image",
    "json_schema",
    "moderation",
    "parse_output",
    "provider",
    "reasoning",
    "response_format",
    "response_healing",
    "system",
    "text",
    "tool",
    "tool_result",
    "user",
    "video",
    "web_search",
]
