"""Operations tagged organization, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping  # noqa: F401 (used by some signatures)
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType

    from ...models.list_organization_members_response import (
        ListOrganizationMembersResponse,
    )


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class OrganizationApi:
    """organization operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_organization_members(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListOrganizationMembersResponse:
        """GET /organization/members: List organization members"""
        return self._invoke(
            _operation("list_organization_members"),
            offset=offset,
            limit=limit,
        )


class AsyncOrganizationApi:
    """organization operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_organization_members(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListOrganizationMembersResponse:
        """GET /organization/members: List organization members"""
        return await self._invoke(
            _operation("list_organization_members"),
            offset=offset,
            limit=limit,
        )
