"""A reply as a script of wire steps, so every fault can be expressed byte-exactly.

``Response`` lets the server write the status line, headers and framing (Content-Length or
chunked) around the scripted body; ``Raw`` writes exactly the bytes given and nothing else. Each
``Send`` is one ``sendall`` on a TCP_NODELAY socket, so a test decides where the client's reads
may split; put a ``Sleep`` between two sends to make sure they arrive as separate reads.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal, Protocol, TypeAlias

if TYPE_CHECKING:
    from ._request import RecordedRequest

__all__ = [
    "Close",
    "Framing",
    "HeaderItems",
    "Raw",
    "Reply",
    "Reset",
    "Response",
    "Send",
    "Sleep",
    "Step",
    "WirePlan",
    "header_list",
    "merge_headers",
]


@dataclass(frozen=True, slots=True)
class Send:
    """Write these bytes in one ``sendall`` (inside a Response body: one HTTP chunk if chunked)."""

    data: bytes


@dataclass(frozen=True, slots=True)
class Sleep:
    """Write nothing for this long (latency, or a stream going idle); ends early on ``stop()``."""

    seconds: float


@dataclass(frozen=True, slots=True)
class Close:
    """Close the connection gracefully (FIN) right here, whatever the framing promised."""


@dataclass(frozen=True, slots=True)
class Reset:
    """Abort the connection (RST, via ``SO_LINGER`` 0): the client sees a connection reset."""


Step: TypeAlias = Send | Sleep | Close | Reset
Framing: TypeAlias = Literal["length", "chunked", "close"]
HeaderItems: TypeAlias = Mapping[str, str] | Iterable[tuple[str, str]]


def header_list(headers: HeaderItems) -> tuple[tuple[str, str], ...]:
    items = headers.items() if isinstance(headers, Mapping) else headers
    return tuple((str(name), str(value)) for name, value in items)


def merge_headers(base: HeaderItems, extra: HeaderItems) -> tuple[tuple[str, str], ...]:
    """``base`` with ``extra`` applied: a name in ``extra`` replaces every ``base`` line of it."""
    added = header_list(extra)
    names = {name.lower() for name, _ in added}
    return tuple(item for item in header_list(base) if item[0].lower() not in names) + added


def _steps(body: bytes | Sequence[Step]) -> tuple[Step, ...]:
    if isinstance(body, bytes | bytearray | memoryview):
        return (Send(bytes(body)),) if body else ()
    return tuple(body)


@dataclass(frozen=True, slots=True, init=False)
class Response:
    """An HTTP response whose head the server writes and whose body is scripted.

    ``framing``: ``"length"`` adds ``Content-Length`` (the sum of the body's sends, or
    ``content_length`` to promise more or less than is sent); ``"chunked"`` frames each ``Send`` as
    one chunk and ends with the zero chunk unless a ``Close``/``Reset`` came first; ``"close"``
    delimits the body by closing the connection. A ``Content-Length`` or ``Transfer-Encoding`` in
    ``headers`` is sent as given, and then nothing is added (to script a lying server).
    """

    status: int
    headers: tuple[tuple[str, str], ...]
    body: tuple[Step, ...]
    framing: Framing
    delay: float
    content_length: int | None
    reason: str | None

    def __init__(
        self,
        status: int = 200,
        headers: HeaderItems = (),
        body: bytes | Sequence[Step] = b"",
        *,
        framing: Framing = "length",
        delay: float = 0.0,
        content_length: int | None = None,
        reason: str | None = None,
    ) -> None:
        object.__setattr__(self, "status", status)
        object.__setattr__(self, "headers", header_list(headers))
        object.__setattr__(self, "body", _steps(body))
        object.__setattr__(self, "framing", framing)
        object.__setattr__(self, "delay", delay)
        object.__setattr__(self, "content_length", content_length)
        object.__setattr__(self, "reason", reason)

    def render(self, request: RecordedRequest) -> WirePlan:
        return self

    def body_bytes(self) -> bytes:
        """The bytes of every ``Send`` in the body, joined (what a complete read would get)."""
        return b"".join(step.data for step in self.body if isinstance(step, Send))


@dataclass(frozen=True, slots=True, init=False)
class Raw:
    """Exactly these bytes on the wire: no status line, headers or framing are added.

    After the last step the connection is closed, unless ``keep_alive`` (then the next request on
    it is read as usual, so the script must have written one complete response).
    """

    steps: tuple[Step, ...]
    delay: float
    keep_alive: bool

    def __init__(
        self, steps: bytes | Sequence[Step] = (), *, delay: float = 0.0, keep_alive: bool = False
    ) -> None:
        object.__setattr__(self, "steps", _steps(steps))
        object.__setattr__(self, "delay", delay)
        object.__setattr__(self, "keep_alive", keep_alive)

    def render(self, request: RecordedRequest) -> WirePlan:
        return self


WirePlan: TypeAlias = Response | Raw


class Reply(Protocol):
    """Anything that can decide its wire form once the request is known (e.g. streamed or not)."""

    def render(self, request: RecordedRequest) -> WirePlan: ...
