"""Operations tagged observability, as methods bound to a caller.

A caller is what a configured client provides: it sends the request an operation module builds
(auth, retries, timeouts and error mapping are the caller's business) and decodes the answer
with the module's ``parse_success``.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any

from ...types import UNSET, File, FileTypes, Unset  # noqa: F401 (used by some signatures)

if TYPE_CHECKING:
    from types import ModuleType
    from uuid import UUID

    from ...models.create_observability_destination_request import (
        CreateObservabilityDestinationRequest,
    )
    from ...models.create_observability_destination_response import (
        CreateObservabilityDestinationResponse,
    )
    from ...models.delete_observability_destination_response import (
        DeleteObservabilityDestinationResponse,
    )
    from ...models.get_observability_destination_response import (
        GetObservabilityDestinationResponse,
    )
    from ...models.list_observability_destinations_response import (
        ListObservabilityDestinationsResponse,
    )
    from ...models.update_observability_destination_request import (
        UpdateObservabilityDestinationRequest,
    )
    from ...models.update_observability_destination_response import (
        UpdateObservabilityDestinationResponse,
    )


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ObservabilityApi:
    """observability operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_observability_destinations(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
        workspace_id: UUID | Unset = UNSET,
    ) -> ListObservabilityDestinationsResponse:
        """GET /observability/destinations: List observability destinations"""
        return self._invoke(
            _operation("list_observability_destinations"),
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
        )

    def create_observability_destination(
        self,
        *,
        body: CreateObservabilityDestinationRequest | Mapping[str, Any],
    ) -> CreateObservabilityDestinationResponse:
        """POST /observability/destinations: Create an observability destination"""
        return self._invoke(
            _operation("create_observability_destination"),
            body=body,
        )

    def get_observability_destination(
        self,
        id: UUID,
    ) -> GetObservabilityDestinationResponse:
        """GET /observability/destinations/{id}: Get an observability destination"""
        return self._invoke(
            _operation("get_observability_destination"),
            id=id,
        )

    def delete_observability_destination(
        self,
        id: UUID,
    ) -> DeleteObservabilityDestinationResponse:
        """DELETE /observability/destinations/{id}: Delete an observability destination"""
        return self._invoke(
            _operation("delete_observability_destination"),
            id=id,
        )

    def update_observability_destination(
        self,
        id: UUID,
        *,
        body: UpdateObservabilityDestinationRequest | Mapping[str, Any],
    ) -> UpdateObservabilityDestinationResponse:
        """PATCH /observability/destinations/{id}: Update an observability destination"""
        return self._invoke(
            _operation("update_observability_destination"),
            id=id,
            body=body,
        )


class AsyncObservabilityApi:
    """observability operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_observability_destinations(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
        workspace_id: UUID | Unset = UNSET,
    ) -> ListObservabilityDestinationsResponse:
        """GET /observability/destinations: List observability destinations"""
        return await self._invoke(
            _operation("list_observability_destinations"),
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
        )

    async def create_observability_destination(
        self,
        *,
        body: CreateObservabilityDestinationRequest | Mapping[str, Any],
    ) -> CreateObservabilityDestinationResponse:
        """POST /observability/destinations: Create an observability destination"""
        return await self._invoke(
            _operation("create_observability_destination"),
            body=body,
        )

    async def get_observability_destination(
        self,
        id: UUID,
    ) -> GetObservabilityDestinationResponse:
        """GET /observability/destinations/{id}: Get an observability destination"""
        return await self._invoke(
            _operation("get_observability_destination"),
            id=id,
        )

    async def delete_observability_destination(
        self,
        id: UUID,
    ) -> DeleteObservabilityDestinationResponse:
        """DELETE /observability/destinations/{id}: Delete an observability destination"""
        return await self._invoke(
            _operation("delete_observability_destination"),
            id=id,
        )

    async def update_observability_destination(
        self,
        id: UUID,
        *,
        body: UpdateObservabilityDestinationRequest | Mapping[str, Any],
    ) -> UpdateObservabilityDestinationResponse:
        """PATCH /observability/destinations/{id}: Update an observability destination"""
        return await self._invoke(
            _operation("update_observability_destination"),
            id=id,
            body=body,
        )
