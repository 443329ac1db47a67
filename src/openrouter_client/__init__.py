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

from ._version import __version__ as __version__

if TYPE_CHECKING:  # the same names for type checkers (explicit re-exports)
    from ._client import (
        AsyncOpenRouter as AsyncOpenRouter,
        OpenRouter as OpenRouter,
    )
    from ._config import (
        DEFAULT_MAX_RETRIES as DEFAULT_MAX_RETRIES,
        DEFAULT_TIMEOUT as DEFAULT_TIMEOUT,
        ClientOptions as ClientOptions,
    )
    from ._errors import (
        APIConnectionError as APIConnectionError,
        APIError as APIError,
        APITimeoutError as APITimeoutError,
        AuthenticationError as AuthenticationError,
        BadGatewayError as BadGatewayError,
        BadRequestError as BadRequestError,
        ConflictError as ConflictError,
        InternalServerError as InternalServerError,
        NotFoundError as NotFoundError,
        OpenRouterError as OpenRouterError,
        PayloadTooLargeError as PayloadTooLargeError,
        PaymentRequiredError as PaymentRequiredError,
        PermissionDeniedError as PermissionDeniedError,
        ProviderOverloadedError as ProviderOverloadedError,
        ProviderTimeoutError as ProviderTimeoutError,
        RateLimitError as RateLimitError,
        RequestTimeoutError as RequestTimeoutError,
        ServiceUnavailableError as ServiceUnavailableError,
        StreamError as StreamError,
        StreamTimeoutError as StreamTimeoutError,
        UnprocessableEntityError as UnprocessableEntityError,
    )
    from ._response import (
        APIResponse as APIResponse,
    )
    from .builders import (
        assistant as assistant,
        audio as audio,
        auto_router as auto_router,
        cache_control as cache_control,
        developer as developer,
        file as file,
        file_parser as file_parser,
        image as image,
        moderation as moderation,
        provider as provider,
        reasoning as reasoning,
        response_healing as response_healing,
        system as system,
        text as text,
        tool_result as tool_result,
        user as user,
        video as video,
        web_search as web_search,
    )
    from .builders.schema import (
        json_schema as json_schema,
    )
    from .builders.structured import (
        StructuredOutputError as StructuredOutputError,
        parse_output as parse_output,
        response_format as response_format,
    )
    from .builders.tools import (
        Tool as Tool,
        ToolArgumentsError as ToolArgumentsError,
        tool as tool,
    )
    from .resources._binary import (
        AsyncBinaryResponse as AsyncBinaryResponse,
        BinaryResponse as BinaryResponse,
    )
    from .resources._pages import (
        AsyncPager as AsyncPager,
        Page as Page,
        Pager as Pager,
        paginate as paginate,
    )
    from .resources.chat import (
        AsyncChatCompletionStream as AsyncChatCompletionStream,
        ChatCompletionStream as ChatCompletionStream,
    )
    from .resources.chat.parsing import (
        ParsedChatResult as ParsedChatResult,
    )
    from .resources.chat.tool_loop import (
        ToolLoopLimitError as ToolLoopLimitError,
        ToolRun as ToolRun,
    )
    from .resources.generations import (
        GenerationNotFoundError as GenerationNotFoundError,
    )
    from .resources.responses import (
        AsyncResponseStream as AsyncResponseStream,
        ResponseEvent as ResponseEvent,
        ResponseStream as ResponseStream,
        output_text as output_text,
    )

# The public API: module -> the names it gives. ``__all__`` and the lazy loader below are derived
# from it; the imports above, for type checkers, must name the same (tests/test_public_api.py).
_EXPORTS: dict[str, tuple[str, ...]] = {
    "._client": ("OpenRouter", "AsyncOpenRouter"),
    "._config": ("DEFAULT_MAX_RETRIES", "DEFAULT_TIMEOUT", "ClientOptions"),
    "._response": ("APIResponse",),
    ".resources.chat": ("ChatCompletionStream", "AsyncChatCompletionStream"),
    ".resources.chat.parsing": ("ParsedChatResult",),
    ".resources.chat.tool_loop": ("ToolRun", "ToolLoopLimitError"),
    ".resources.responses": (
        "ResponseStream",
        "AsyncResponseStream",
        "ResponseEvent",
        "output_text",
    ),
    ".resources._pages": ("Pager", "AsyncPager", "Page", "paginate"),
    ".resources._binary": ("BinaryResponse", "AsyncBinaryResponse"),
    ".resources.generations": ("GenerationNotFoundError",),
    ".builders": (
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
    ),
    ".builders.tools": ("tool", "Tool", "ToolArgumentsError"),
    ".builders.structured": ("response_format", "parse_output", "StructuredOutputError"),
    ".builders.schema": ("json_schema",),
    "._errors": (
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
}
_MODULE_OF = {name: module for module, names in _EXPORTS.items() for name in names}

__all__ = ["__version__", *_MODULE_OF]


if not TYPE_CHECKING:  # type checkers see the imports above instead

    def __getattr__(name: str) -> Any:
        module = _MODULE_OF.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module, __name__), name)
        globals()[name] = value
        return value


def __dir__() -> list[str]:
    return sorted(__all__)
