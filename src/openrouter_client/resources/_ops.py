"""Calling a generated operation module from a resource, with per-call options.

``client._invoke`` covers the generic path; resources also need per-call options, streamed
(binary) bodies and the raw JSON of a page, so they go through these two plain functions, which
both the sync and the async resources use: ``op_call`` (arguments -> ``Call``) and ``op_result``
(response -> decoded result).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, Protocol, TypeVar, cast

from .._client import _Decoded, _is_json, _operation_call
from .._transport import Call, decode_json

if TYPE_CHECKING:
    from types import ModuleType

    import httpx

    from .._client import AsyncOpenRouter, OpenRouter
    from .._options import RequestOptions


R = TypeVar("R")
R_co = TypeVar("R_co", covariant=True)


class Operation(Protocol[R_co]):
    """What resources use of a generated operation module (``openrouter_api.api.<tag>.<op>``).

    A module satisfies this protocol, so the result type comes from the module's own
    ``parse_success`` and the facade never repeats it.
    """

    METHOD: str
    PATH: str
    build_request: Callable[..., dict[str, Any]]

    @property
    def parse_success(self) -> Callable[[Any], R_co]: ...


class EnumText(str):
    """A plain string where a generated ``build_request`` expects an enum member.

    Generated code reads ``.value`` of enum arguments; users pass ``"programming"`` rather than
    ``GetModelsCategory.PROGRAMMING``, and values newer than the spec must still get through.
    """

    __slots__ = ()

    @property
    def value(self) -> str:
        return str.__str__(self)


def _argument(value: Any) -> Any:
    return EnumText(value) if type(value) is str else value


def op_call(
    op: Operation[Any],
    args: dict[str, Any],
    options: RequestOptions | None = None,
    *,
    stream: bool = False,
) -> Call:
    """The ``Call`` for ``op`` with ``args`` (None and absent arguments are not sent)."""
    kwargs = {k: _argument(v) for k, v in args.items() if v is not None}
    call = _operation_call(cast("ModuleType", op), kwargs)
    if options:
        call.options = options
    call.stream = stream
    return call


def op_result(op: Operation[R], response: httpx.Response) -> R:
    """The decoded result: the generated model when the spec types the response, else the JSON.

    An operation whose response the spec does not type yet (its ``parse_success`` returns None)
    gives the decoded JSON, so nothing the server sent is lost while the spec catches up.
    """
    if _is_json(response):
        data = decode_json(response)
        parsed = op.parse_success(_Decoded(response, data))
        return cast("R", data) if parsed is None else parsed
    return op.parse_success(response)


def json_of(op: Operation[Any], response: httpx.Response) -> tuple[Any, Any]:
    """``(decoded result, raw JSON)`` of a JSON response (pages need the raw links and counts)."""
    data = decode_json(response)
    parsed = op.parse_success(_Decoded(response, data))
    return (data if parsed is None else parsed), data


class SyncResource:
    """Base of the blocking resources: one client, and the I/O of a plain operation call."""

    __slots__ = ("_client",)

    def __init__(self, client: OpenRouter) -> None:
        self._client = client

    def _request(
        self, op: Operation[R], args: dict[str, Any], options: RequestOptions | None = None
    ) -> R:
        return op_result(op, self._client._send(op_call(op, args, options)))


class AsyncResource:
    """Base of the awaitable resources: the same calls as ``SyncResource``, awaited."""

    __slots__ = ("_client",)

    def __init__(self, client: AsyncOpenRouter) -> None:
        self._client = client

    async def _request(
        self, op: Operation[R], args: dict[str, Any], options: RequestOptions | None = None
    ) -> R:
        return op_result(op, await self._client._send(op_call(op, args, options)))
