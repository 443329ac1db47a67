"""What an unscripted chat completion answers, read off the request as a model would honour it.

- ``response_format``: ``json_schema`` gives content valid for the schema, ``json_object`` a
  JSON object.
- ``tools``: ``tool_choice`` ``"required"`` or a named function gives a call of that tool (the
  first function tool for ``"required"``) with arguments valid for its parameters. With
  ``"auto"`` (the default) the first tool is called while the conversation has no tool result
  yet, and the answer is text once it has one, so a tool loop runs one round and finishes;
  ``"none"`` answers text.
- ``models`` fallbacks without ``model``: the first one answers.
- ``max_tokens`` / ``max_completion_tokens`` smaller than the answer: cut there,
  ``finish_reason: "length"``.
- ``reasoning`` (effort other than ``"none"``, ``max_tokens``, ``enabled``) or
  ``reasoning_effort``: reasoning text, ``reasoning_details`` and reasoning tokens; with
  ``exclude: true`` only the tokens.
- ``logprobs`` (with ``top_logprobs``): token log-probabilities for the content.
- the ``web`` plugin or a ``:online`` model: a ``url_citation`` annotation.
- ``cache_control`` breakpoints: the second request with the same prefix reports it as
  ``cached_tokens`` (the first one as ``cache_write_tokens``).
- usage is always sent, streamed or not (``stream_options.include_usage`` has no effect, as the
  spec says of OpenRouter).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from ._chat import DEFAULT_MODEL, ChatReply, estimate_tokens, message_tokens, normalize_tool_calls
from ._instance import instance

if TYPE_CHECKING:
    from ._state import MockState

__all__ = ["chat_reply", "provider_of", "schema_accept"]

_PROVIDERS = {
    "openai": "OpenAI",
    "anthropic": "Anthropic",
    "google": "Google",
    "meta-llama": "Meta",
    "mistralai": "Mistral",
    "deepseek": "DeepSeek",
    "x-ai": "xAI",
    "qwen": "Alibaba",
    "openrouter": "OpenAI",  # the auto router: whichever it picked; the mock picks OpenAI
}
_REASONING_FORMATS = {
    "openai": "openai-responses-v1",
    "anthropic": "anthropic-claude-v1",
    "google": "google-gemini-v1",
    "x-ai": "xai-responses-v1",
}


def provider_of(model: str) -> str:
    """The provider name OpenRouter would report for ``model`` (its author, capitalized)."""
    author = model.split("/", 1)[0]
    return _PROVIDERS.get(author, author[:1].upper() + author[1:] if author else "OpenAI")


def schema_accept() -> Any:
    """A validator for ``instance(accept=...)`` on a user's schema, when jsonschema is there."""
    from ._validate import full_validation_available

    if not full_validation_available():
        return None
    import jsonschema

    def accept(value: Any, node: Any, root: Mapping[str, Any] | None = None) -> bool:
        wrapped = {"allOf": [node]}
        if root:
            wrapped.update({k: root[k] for k in ("$defs", "definitions") if k in root})
        try:
            return bool(jsonschema.Draft202012Validator(wrapped).is_valid(value))
        except Exception:  # a schema jsonschema cannot read: shape alone decides
            return True

    return accept


def _value_for(schema: Any) -> Any:
    """A value for a user's schema (tool parameters, response format)."""
    if not isinstance(schema, Mapping):
        return {}
    accept = schema_accept()
    checker = None if accept is None else (lambda value, node: accept(value, node, schema))
    return instance(schema, root=schema, accept=checker)


def _last_role(messages: Any) -> str | None:
    if isinstance(messages, list) and messages and isinstance(messages[-1], Mapping):
        role = messages[-1].get("role")
        return role if isinstance(role, str) else None
    return None


def _text_of(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return " ".join(
            part.get("text", "") for part in content if isinstance(part, Mapping)
        ).strip()
    return ""


def _tool_call(body: Mapping[str, Any]) -> dict[str, Any] | None:
    tools = [
        t
        for t in body.get("tools") or ()
        if isinstance(t, Mapping) and t.get("type") == "function" and "function" in t
    ]
    if not tools:
        return None
    choice = body.get("tool_choice", "auto")
    if choice == "none":
        return None
    if isinstance(choice, Mapping):
        wanted = (choice.get("function") or {}).get("name")
        chosen = next((t for t in tools if t["function"].get("name") == wanted), None)
        if chosen is None:
            return None
    elif choice == "required":
        chosen = tools[0]
    else:
        if _last_role(body.get("messages")) == "tool":
            return None
        chosen = tools[0]
    function = chosen["function"]
    arguments = _value_for(function.get("parameters") or {"type": "object"})
    return {"name": function.get("name", ""), "arguments": arguments}


def _structured(body: Mapping[str, Any], text: str) -> str | None:
    response_format = body.get("response_format")
    if not isinstance(response_format, Mapping):
        return None
    kind = response_format.get("type")
    if kind == "json_schema":
        spec = response_format.get("json_schema") or {}
        schema = spec.get("schema") if isinstance(spec, Mapping) else None
        return json.dumps(_value_for(schema or {"type": "object"}), ensure_ascii=False)
    if kind == "json_object":
        return json.dumps({"response": text}, ensure_ascii=False)
    return None


def _reasoning(body: Mapping[str, Any]) -> tuple[bool, bool]:
    """(reasoning asked for, whether to leave its text out of the answer)."""
    config = body.get("reasoning")
    if isinstance(config, Mapping):
        effort = config.get("effort")
        on = bool(config.get("enabled") or config.get("max_tokens") or effort not in (None, "none"))
        if config.get("enabled") is False:
            on = False
        return on, bool(config.get("exclude"))
    effort = body.get("reasoning_effort")
    return effort not in (None, "none"), False


def _cache(body: Mapping[str, Any], state: MockState) -> tuple[int, int]:
    """(cached tokens, tokens written to the cache) for the prompt's last cache breakpoint."""
    messages = body.get("messages")
    if not isinstance(messages, list):
        return 0, 0
    breakpoint_at = -1
    for index, message in enumerate(messages):
        content = message.get("content") if isinstance(message, Mapping) else None
        parts = content if isinstance(content, list) else []
        if any(isinstance(p, Mapping) and p.get("cache_control") for p in parts):
            breakpoint_at = index
    if breakpoint_at < 0:
        return 0, 0
    prefix = messages[: breakpoint_at + 1]
    digest = hashlib.sha256(
        json.dumps([body.get("model"), prefix], sort_keys=True).encode()
    ).hexdigest()
    tokens = sum(message_tokens(m) for m in prefix)
    with state.lock:
        seen = digest in state.cache_prefixes
        state.cache_prefixes.add(digest)
    return (tokens, 0) if seen else (0, tokens)


def _citation(text: str) -> dict[str, Any]:
    return {
        "type": "url_citation",
        "url_citation": {
            "url": "https://example.com/mock-search-result",
            "title": "MockOpenRouter search result",
            "content": "A web page the mock cites for every web search.",
            "start_index": 0,
            "end_index": len(text),
        },
    }


def chat_reply(
    body: Mapping[str, Any], *, text: str, chunk_delay: float, state: MockState
) -> ChatReply:
    """The unscripted answer to a chat completion request ``body``."""
    model = body.get("model")
    if not isinstance(model, str) or not model:
        fallbacks = body.get("models")
        first = fallbacks[0] if isinstance(fallbacks, list) and fallbacks else None
        model = first if isinstance(first, str) else DEFAULT_MODEL
    reply = ChatReply(
        content=text, model=model, provider=provider_of(model), chunk_delay=chunk_delay
    )

    call = _tool_call(body)
    if call is not None:
        reply = reply.with_(content=None, tool_calls=normalize_tool_calls([call]))
    else:
        structured = _structured(body, text)
        if structured is not None:
            reply = reply.with_(content=structured)

    usage: dict[str, Any] = {}
    wanted, exclude = _reasoning(body)
    if wanted:
        question = next(
            (
                _text_of(m.get("content"))
                for m in reversed(body.get("messages") or [])
                if isinstance(m, Mapping) and m.get("role") == "user"
            ),
            "",
        )
        thought = (
            f"The user asks: {question[:80]!r}. A short, direct answer fits."
            if question
            else ("No question yet; a greeting fits.")
        )
        author = model.split("/", 1)[0]
        detail = {
            "type": "reasoning.text",
            "text": thought,
            "format": _REASONING_FORMATS.get(author, "unknown"),
            "index": 0,
        }
        if author == "anthropic":
            detail["signature"] = (
                "mock-signature-" + hashlib.sha256(thought.encode()).hexdigest()[:16]
            )
        usage["completion_tokens_details"] = {
            "reasoning_tokens": estimate_tokens(thought),
            "image_tokens": 0,
        }
        if not exclude:
            reply = reply.with_(reasoning=thought, reasoning_details=(detail,))

    if body.get("logprobs") is True and reply.content is not None:
        top = body.get("top_logprobs")
        reply = reply.with_(logprobs=top if isinstance(top, int) and top >= 0 else 0)

    plugins = body.get("plugins") or ()
    web = model.endswith(":online") or any(
        isinstance(p, Mapping) and p.get("id") == "web" for p in plugins
    )
    if web and reply.content is not None:
        reply = reply.with_(annotations=(_citation(reply.content),))

    cached, written = _cache(body, state)
    if cached or written:
        usage["prompt_tokens_details"] = {
            "cached_tokens": cached,
            "cache_write_tokens": written,
            "audio_tokens": 0,
        }

    limit = body.get("max_completion_tokens", body.get("max_tokens"))
    if (
        isinstance(limit, int)
        and not isinstance(limit, bool)
        and limit > 0
        and reply.content is not None
        and not reply.tool_calls
        and estimate_tokens(reply.content) > limit
    ):
        reply = reply.with_(content=reply.content[: limit * 4], finish_reason="length")
    return reply.with_(usage=usage or None)
