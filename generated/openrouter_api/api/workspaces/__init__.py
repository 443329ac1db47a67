"""Operations tagged workspaces, as methods bound to a caller.

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

    from ...models.bulk_add_workspace_members_request import (
        BulkAddWorkspaceMembersRequest,
    )
    from ...models.bulk_add_workspace_members_response import (
        BulkAddWorkspaceMembersResponse,
    )
    from ...models.bulk_remove_workspace_members_request import (
        BulkRemoveWorkspaceMembersRequest,
    )
    from ...models.bulk_remove_workspace_members_response import (
        BulkRemoveWorkspaceMembersResponse,
    )
    from ...models.create_workspace_request import CreateWorkspaceRequest
    from ...models.create_workspace_response import CreateWorkspaceResponse
    from ...models.delete_workspace_budget_response import DeleteWorkspaceBudgetResponse
    from ...models.delete_workspace_response import DeleteWorkspaceResponse
    from ...models.get_workspace_budget_response import GetWorkspaceBudgetResponse
    from ...models.get_workspace_response import GetWorkspaceResponse
    from ...models.list_workspace_budgets_response import ListWorkspaceBudgetsResponse
    from ...models.list_workspace_members_response import ListWorkspaceMembersResponse
    from ...models.list_workspaces_response import ListWorkspacesResponse
    from ...models.update_workspace_request import UpdateWorkspaceRequest
    from ...models.update_workspace_response import UpdateWorkspaceResponse
    from ...models.upsert_workspace_budget_request import UpsertWorkspaceBudgetRequest
    from ...models.upsert_workspace_budget_response import UpsertWorkspaceBudgetResponse
    from ...models.workspace_budget_interval import WorkspaceBudgetInterval


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class WorkspacesApi:
    """workspaces operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_workspaces(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListWorkspacesResponse:
        """GET /workspaces: List workspaces"""
        return self._invoke(
            _operation("list_workspaces"),
            offset=offset,
            limit=limit,
        )

    def create_workspace(
        self,
        *,
        body: CreateWorkspaceRequest | Mapping[str, Any],
    ) -> CreateWorkspaceResponse:
        """POST /workspaces: Create a workspace"""
        return self._invoke(
            _operation("create_workspace"),
            body=body,
        )

    def get_workspace(
        self,
        id: str,
    ) -> GetWorkspaceResponse:
        """GET /workspaces/{id}: Get a workspace"""
        return self._invoke(
            _operation("get_workspace"),
            id=id,
        )

    def delete_workspace(
        self,
        id: str,
    ) -> DeleteWorkspaceResponse:
        """DELETE /workspaces/{id}: Delete a workspace"""
        return self._invoke(
            _operation("delete_workspace"),
            id=id,
        )

    def update_workspace(
        self,
        id: str,
        *,
        body: UpdateWorkspaceRequest | Mapping[str, Any],
    ) -> UpdateWorkspaceResponse:
        """PATCH /workspaces/{id}: Update a workspace"""
        return self._invoke(
            _operation("update_workspace"),
            id=id,
            body=body,
        )

    def list_workspace_budgets(
        self,
        id: str,
    ) -> ListWorkspaceBudgetsResponse:
        """GET /workspaces/{id}/budgets: List workspace budgets"""
        return self._invoke(
            _operation("list_workspace_budgets"),
            id=id,
        )

    def get_workspace_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval,
    ) -> GetWorkspaceBudgetResponse:
        """GET /workspaces/{id}/budgets/{interval}: Get a workspace budget"""
        return self._invoke(
            _operation("get_workspace_budget"),
            id=id,
            interval=interval,
        )

    def upsert_workspace_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval,
        *,
        body: UpsertWorkspaceBudgetRequest | Mapping[str, Any],
    ) -> UpsertWorkspaceBudgetResponse:
        """PUT /workspaces/{id}/budgets/{interval}: Create or update a workspace budget"""
        return self._invoke(
            _operation("upsert_workspace_budget"),
            id=id,
            interval=interval,
            body=body,
        )

    def delete_workspace_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval,
    ) -> DeleteWorkspaceBudgetResponse:
        """DELETE /workspaces/{id}/budgets/{interval}: Delete a workspace budget"""
        return self._invoke(
            _operation("delete_workspace_budget"),
            id=id,
            interval=interval,
        )

    def list_workspace_members(
        self,
        id: str,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListWorkspaceMembersResponse:
        """GET /workspaces/{id}/members: List workspace members"""
        return self._invoke(
            _operation("list_workspace_members"),
            id=id,
            offset=offset,
            limit=limit,
        )

    def bulk_add_workspace_members(
        self,
        id: str,
        *,
        body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
    ) -> BulkAddWorkspaceMembersResponse:
        """POST /workspaces/{id}/members/add: Bulk add members to a workspace"""
        return self._invoke(
            _operation("bulk_add_workspace_members"),
            id=id,
            body=body,
        )

    def bulk_remove_workspace_members(
        self,
        id: str,
        *,
        body: BulkRemoveWorkspaceMembersRequest | Mapping[str, Any],
    ) -> BulkRemoveWorkspaceMembersResponse:
        """POST /workspaces/{id}/members/remove: Bulk remove members from a workspace"""
        return self._invoke(
            _operation("bulk_remove_workspace_members"),
            id=id,
            body=body,
        )


class AsyncWorkspacesApi:
    """workspaces operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_workspaces(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListWorkspacesResponse:
        """GET /workspaces: List workspaces"""
        return await self._invoke(
            _operation("list_workspaces"),
            offset=offset,
            limit=limit,
        )

    async def create_workspace(
        self,
        *,
        body: CreateWorkspaceRequest | Mapping[str, Any],
    ) -> CreateWorkspaceResponse:
        """POST /workspaces: Create a workspace"""
        return await self._invoke(
            _operation("create_workspace"),
            body=body,
        )

    async def get_workspace(
        self,
        id: str,
    ) -> GetWorkspaceResponse:
        """GET /workspaces/{id}: Get a workspace"""
        return await self._invoke(
            _operation("get_workspace"),
            id=id,
        )

    async def delete_workspace(
        self,
        id: str,
    ) -> DeleteWorkspaceResponse:
        """DELETE /workspaces/{id}: Delete a workspace"""
        return await self._invoke(
            _operation("delete_workspace"),
            id=id,
        )

    async def update_workspace(
        self,
        id: str,
        *,
        body: UpdateWorkspaceRequest | Mapping[str, Any],
    ) -> UpdateWorkspaceResponse:
        """PATCH /workspaces/{id}: Update a workspace"""
        return await self._invoke(
            _operation("update_workspace"),
            id=id,
            body=body,
        )

    async def list_workspace_budgets(
        self,
        id: str,
    ) -> ListWorkspaceBudgetsResponse:
        """GET /workspaces/{id}/budgets: List workspace budgets"""
        return await self._invoke(
            _operation("list_workspace_budgets"),
            id=id,
        )

    async def get_workspace_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval,
    ) -> GetWorkspaceBudgetResponse:
        """GET /workspaces/{id}/budgets/{interval}: Get a workspace budget"""
        return await self._invoke(
            _operation("get_workspace_budget"),
            id=id,
            interval=interval,
        )

    async def upsert_workspace_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval,
        *,
        body: UpsertWorkspaceBudgetRequest | Mapping[str, Any],
    ) -> UpsertWorkspaceBudgetResponse:
        """PUT /workspaces/{id}/budgets/{interval}: Create or update a workspace budget"""
        return await self._invoke(
            _operation("upsert_workspace_budget"),
            id=id,
            interval=interval,
            body=body,
        )

    async def delete_workspace_budget(
        self,
        id: str,
        interval: WorkspaceBudgetInterval,
    ) -> DeleteWorkspaceBudgetResponse:
        """DELETE /workspaces/{id}/budgets/{interval}: Delete a workspace budget"""
        return await self._invoke(
            _operation("delete_workspace_budget"),
            id=id,
            interval=interval,
        )

    async def list_workspace_members(
        self,
        id: str,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListWorkspaceMembersResponse:
        """GET /workspaces/{id}/members: List workspace members"""
        return await self._invoke(
            _operation("list_workspace_members"),
            id=id,
            offset=offset,
            limit=limit,
        )

    async def bulk_add_workspace_members(
        self,
        id: str,
        *,
        body: BulkAddWorkspaceMembersRequest | Mapping[str, Any],
    ) -> BulkAddWorkspaceMembersResponse:
        """POST /workspaces/{id}/members/add: Bulk add members to a workspace"""
        return await self._invoke(
            _operation("bulk_add_workspace_members"),
            id=id,
            body=body,
        )

    async def bulk_remove_workspace_members(
        self,
        id: str,
        *,
        body: BulkRemoveWorkspaceMembersRequest | Mapping[str, Any],
    ) -> BulkRemoveWorkspaceMembersResponse:
        """POST /workspaces/{id}/members/remove: Bulk remove members from a workspace"""
        return await self._invoke(
            _operation("bulk_remove_workspace_members"),
            id=id,
            body=body,
        )
