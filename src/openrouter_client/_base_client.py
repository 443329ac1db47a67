"""What ``OpenRouter`` and ``AsyncOpenRouter`` share: configuration, resources, copies, repr.

The two clients differ only where I/O happens (``send``, ``close``, context managers); they are
declared in ``_client``. Resources are attributes made on first use from one declaration each, so
a new API area is one line here and one module under ``resources/``.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, TypeVar, overload

from ._config import ClientConfig, ClientOptions

if TYPE_CHECKING:
    from typing import Self

    import httpx
    from openrouter_api.api import Api, AsyncApi

    from ._client import AsyncOpenRouter, OpenRouter
    from .batch import AsyncBatch, Batch
    from .resources.audio import AsyncAudio, Audio
    from .resources.chat import AsyncChat, Chat
    from .resources.credits import AsyncCredits, Credits
    from .resources.embeddings import AsyncEmbeddings, Embeddings
    from .resources.endpoints import AsyncEndpoints, Endpoints
    from .resources.files import AsyncFiles, Files
    from .resources.generations import AsyncGenerations, Generations
    from .resources.guardrails import AsyncGuardrails, Guardrails
    from .resources.keys import AsyncKey, AsyncKeys, Key, Keys
    from .resources.models import AsyncModels, Models
    from .resources.providers import AsyncProviders, Providers
    from .resources.rerank import AsyncRerank, Rerank
    from .resources.responses import AsyncResponses, Responses
    from .resources.videos import AsyncVideos, Videos

S = TypeVar("S")
A = TypeVar("A")


class _Keep:
    """The default of ``with_options`` arguments: keep this client's value."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP = _Keep()


class resource(Generic[S, A]):
    """A client attribute made on first use: ``<module>.<sync>(client)`` on ``OpenRouter``,
    ``<module>.<async>(client)`` on ``AsyncOpenRouter``; cached on the instance afterwards."""

    def __init__(self, module: str, sync: str, async_: str, *, bind_invoke: bool = False) -> None:
        self.module = module
        self.names = (sync, async_)
        self.bind_invoke = bind_invoke  # the generated ``Api`` classes take the invoke callable
        self.attribute = ""

    def __set_name__(self, owner: type, name: str) -> None:
        self.attribute = name

    @overload
    def __get__(self, client: None, owner: type) -> Self: ...
    @overload
    def __get__(self, client: OpenRouter, owner: type) -> S: ...
    @overload
    def __get__(self, client: AsyncOpenRouter, owner: type) -> A: ...
    def __get__(self, client: Any, owner: type) -> Any:
        if client is None:
            return self
        module = importlib.import_module(self.module, __package__)
        cls = getattr(module, self.names[client._is_async])
        value = cls(client._invoke if self.bind_invoke else client)
        client.__dict__[self.attribute] = value  # found there next time, before this descriptor
        return value


class BaseClient:
    """Configuration and resources of a client; subclasses add the I/O."""

    _is_async: ClassVar[bool]
    _config: ClientConfig

    def __init__(
        self,
        *,
        api_key: str | None,
        base_url: str | None,
        timeout: float | httpx.Timeout | None,
        max_retries: int,
        app_url: str | None,
        app_title: str | None,
        default_headers: Mapping[str, str] | None,
    ) -> None:
        self._config = ClientConfig(
            api_key=api_key,
            base_url=base_url,
            timeout=timeout,
            max_retries=max_retries,
            app_url=app_url,
            app_title=app_title,
            default_headers=default_headers,
        )

    @property
    def options(self) -> ClientOptions:
        """The options this client was made with (its key and base URL resolved):
        ``AsyncOpenRouter(**client.options)`` is its async twin. A fresh copy each time; the key
        is never shown in its repr."""
        return self._config.options()

    @property
    def base_url(self) -> str:
        return self._config.base_url

    @property
    def max_retries(self) -> int:
        return self._config.max_retries

    @property
    def timeout(self) -> httpx.Timeout:
        return self._config.timeout

    def _shared_http(self) -> Any:
        raise NotImplementedError

    def with_options(
        self,
        *,
        timeout: float | httpx.Timeout | _Keep | None = KEEP,
        max_retries: int | _Keep = KEEP,
        default_headers: Mapping[str, str] | None = None,
    ) -> Self:
        """A client sharing this one's connections, with other timeouts, retries or headers.

        Made through the constructor, so the same checks apply; closing it leaves the shared
        connection pool open (the original owns it).
        """
        init = self._config.options()
        if not isinstance(timeout, _Keep):
            init["timeout"] = timeout
        if not isinstance(max_retries, _Keep):
            init["max_retries"] = max_retries
        if default_headers:
            init["default_headers"] = {**init["default_headers"], **default_headers}
        clone: Self = type(self)(**init, http_client=self._shared_http())  # type: ignore[call-arg]
        return clone

    def __repr__(self) -> str:
        key = "<set>" if self._config.has_key else "None"  # never any part of the key itself
        return f"{type(self).__name__}(base_url={self.base_url!r}, api_key={key})"

    # -- resources (one declaration each; see ``resource``) ----------------------------------------

    chat: resource[Chat, AsyncChat] = resource(".resources.chat", "Chat", "AsyncChat")
    models: resource[Models, AsyncModels] = resource(".resources.models", "Models", "AsyncModels")
    providers: resource[Providers, AsyncProviders] = resource(
        ".resources.providers", "Providers", "AsyncProviders"
    )
    endpoints: resource[Endpoints, AsyncEndpoints] = resource(
        ".resources.endpoints", "Endpoints", "AsyncEndpoints"
    )
    generations: resource[Generations, AsyncGenerations] = resource(
        ".resources.generations", "Generations", "AsyncGenerations"
    )
    credits: resource[Credits, AsyncCredits] = resource(
        ".resources.credits", "Credits", "AsyncCredits"
    )
    key: resource[Key, AsyncKey] = resource(".resources.keys", "Key", "AsyncKey")
    keys: resource[Keys, AsyncKeys] = resource(".resources.keys", "Keys", "AsyncKeys")
    embeddings: resource[Embeddings, AsyncEmbeddings] = resource(
        ".resources.embeddings", "Embeddings", "AsyncEmbeddings"
    )
    rerank: resource[Rerank, AsyncRerank] = resource(".resources.rerank", "Rerank", "AsyncRerank")
    responses: resource[Responses, AsyncResponses] = resource(
        ".resources.responses", "Responses", "AsyncResponses"
    )
    audio: resource[Audio, AsyncAudio] = resource(".resources.audio", "Audio", "AsyncAudio")
    guardrails: resource[Guardrails, AsyncGuardrails] = resource(
        ".resources.guardrails", "Guardrails", "AsyncGuardrails"
    )
    files: resource[Files, AsyncFiles] = resource(".resources.files", "Files", "AsyncFiles")
    videos: resource[Videos, AsyncVideos] = resource(".resources.videos", "Videos", "AsyncVideos")
    batch: resource[Batch, AsyncBatch] = resource(".batch._resource", "Batch", "AsyncBatch")
    """Bulk runs: an OpenAI Batch JSONL file through OpenRouter, paced, resumable, with cost."""
    api: resource[Api, AsyncApi] = resource(
        "openrouter_api.api", "Api", "AsyncApi", bind_invoke=True
    )
    """Every operation of the OpenRouter spec, grouped by tag, with this client's auth, retries
    and errors."""
