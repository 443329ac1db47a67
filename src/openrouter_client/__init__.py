"""OpenRouter client: a thin, typed facade over the ``openrouter_api`` package generated from
OpenRouter's OpenAPI spec.

    from openrouter_client import OpenRouter, system, user

    with OpenRouter() as client:  # api_key from $OPENROUTER_API_KEY
        r = client.chat.completions.create(model="openai/gpt-4o-mini", messages=[user("Hi")])
        print(r.choices[0].message.content)

Names are imported on first use, so ``import openrouter_client`` stays cheap.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from ._version import __version__

if TYPE_CHECKING:
    from ._client import AsyncOpenRouter, OpenRouter
    from ._errors import (
        APIConnectionError,
        APIError,
        APITimeoutError,
        AuthenticationError,
        BadGatewayError,
        BadRequestError,
        ConflictError,
        InternalServerError,
        NotFoundError,
        OpenRouterError,
        PayloadTooLargeError,
        PaymentRequiredError,
        PermissionDeniedError,
        ProviderOverloadedError,
        ProviderTimeoutError,
        RateLimitError,
        RequestTimeoutError,
        ServiceUnavailableError,
        StreamError,
        StreamTimeoutError,
        UnprocessableEntityError,
    )
    from ._response import APIResponse
    from .builders import (
        assistant,
        audio,
        auto_router,
        cache_control,
        developer,
        file,
        file_parser,
        image,
        moderation,
        provider,
        reasoning,
        response_healing,
        system,
        text,
        tool_result,
        user,
        video,
        web_search,
    )
    from .builders.schema import json_schema
    from .builders.structured import StructuredOutputError, parse_output, response_format
    from .builders.tools import Tool, ToolArgumentsError, tool
    from .resources._binary import AsyncBinaryResponse, BinaryResponse
    from .resources._pages import AsyncPager, Page, Pager, paginate
    from .resources.chat import AsyncChatCompletionStream, ChatCompletionStream
    from .resources.chat.parsing import ParsedChatResult
    from .resources.chat.tool_loop import ToolLoopLimitError, ToolRun
    from .resources.generations import GenerationNotFoundError
    from .resources.responses import (
        AsyncResponseStream,
        ResponseEvent,
        ResponseStream,
        output_text,
    )

_EXPORTS: dict[str, str] = {
    "OpenRouter": "._client",
    "AsyncOpenRouter": "._client",
    "APIResponse": "._response",
    "ChatCompletionStream": ".resources.chat",
    "AsyncChatCompletionStream": ".resources.chat",
    **dict.fromkeys(
        ("ResponseStream", "AsyncResponseStream", "ResponseEvent", "output_text"),
        ".resources.responses",
    ),
    **dict.fromkeys(("Pager", "AsyncPager", "Page", "paginate"), ".resources._pages"),
    **dict.fromkeys(("BinaryResponse", "AsyncBinaryResponse"), ".resources._binary"),
    "GenerationNotFoundError": ".resources.generations",
    **dict.fromkeys(("tool", "Tool", "ToolArgumentsError"), ".builders.tools"),
    **dict.fromkeys(
        ("response_format", "parse_output", "StructuredOutputError"), ".builders.structured"
    ),
    "json_schema": ".builders.schema",
    "ParsedChatResult": ".resources.chat.parsing",
    **dict.fromkeys(("ToolRun", "ToolLoopLimitError"), ".resources.chat.tool_loop"),
    **dict.fromkeys(("system", "developer", "user", "assistant", "tool_result"), ".builders"),
    **dict.fromkeys(
        ("text", "image", "file", "audio", "video", "cache_control"),
        ".builders",
    ),
    **dict.fromkeys(
        (
            "web_search",
            "file_parser",
            "moderation",
            "response_healing",
            "auto_router",
            "provider",
            "reasoning",
        ),
        ".builders",
    ),
    **dict.fromkeys(
        (
            "OpenRouterError",
            "APIError",
            "APIConnectionError",
            "APITimeoutError",
            "StreamError",
            "StreamTimeoutError",
            "BadRequestError",
            "AuthenticationError",
            "PaymentRequiredError",
            "PermissionDeniedError",
            "NotFoundError",
            "RequestTimeoutError",
            "ConflictError",
            "PayloadTooLargeError",
            "UnprocessableEntityError",
            "RateLimitError",
            "InternalServerError",
            "BadGatewayError",
            "ServiceUnavailableError",
            "ProviderTimeoutError",
            "ProviderOverloadedError",
        ),
        "._errors",
    ),
}

__all__ = [  # noqa: RUF022 (grouped like _EXPORTS)
    "__version__",
    "OpenRouter",
    "AsyncOpenRouter",
    "APIResponse",
    "ChatCompletionStream",
    "AsyncChatCompletionStream",
    "ResponseStream",
    "AsyncResponseStream",
    "ResponseEvent",
    "output_text",
    "Pager",
    "AsyncPager",
    "Page",
    "paginate",
    "BinaryResponse",
    "AsyncBinaryResponse",
    "GenerationNotFoundError",
    "tool",
    "Tool",
    "ToolArgumentsError",
    "response_format",
    "parse_output",
    "StructuredOutputError",
    "json_schema",
    "ParsedChatResult",
    "ToolRun",
    "ToolLoopLimitError",
    "system",
    "developer",
    "user",
    "assistant",
    "tool_result",
    "text",
    "image",
    "file",
    "audio",
    "video",
    "cache_control",
    "web_search",
    "file_parser",
    "moderation",
    "response_healing",
    "auto_router",
    "provider",
    "reasoning",
    "OpenRouterError",
    "APIError",
    "APIConnectionError",
    "APITimeoutError",
    "StreamError",
    "StreamTimeoutError",
    "BadRequestError",
    "AuthenticationError",
    "PaymentRequiredError",
    "PermissionDeniedError",
    "NotFoundError",
    "RequestTimeoutError",
    "ConflictError",
    "PayloadTooLargeError",
    "UnprocessableEntityError",
    "RateLimitError",
    "InternalServerError",
    "BadGatewayError",
    "ServiceUnavailableError",
    "ProviderTimeoutError",
    "ProviderOverloadedError",
]


if not TYPE_CHECKING:  # type checkers see the imports above instead

    def __getattr__(name: str) -> Any:
        module = _EXPORTS.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
