"""Operations tagged scim, as methods bound to a caller.

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

    from ...models.create_scim_group_mapping_request import (
        CreateScimGroupMappingRequest,
    )
    from ...models.create_scim_group_mapping_response import (
        CreateScimGroupMappingResponse,
    )
    from ...models.delete_scim_group_mapping_keep_members import (
        DeleteScimGroupMappingKeepMembers,
    )
    from ...models.delete_scim_group_mapping_response import (
        DeleteScimGroupMappingResponse,
    )
    from ...models.get_scim_group_mapping_response import GetScimGroupMappingResponse
    from ...models.list_scim_group_mappings_response import (
        ListScimGroupMappingsResponse,
    )
    from ...models.list_scim_groups_response import ListScimGroupsResponse
    from ...models.update_scim_group_mapping_request import (
        UpdateScimGroupMappingRequest,
    )
    from ...models.update_scim_group_mapping_response import (
        UpdateScimGroupMappingResponse,
    )


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ScimApi:
    """scim operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_scim_group_mappings(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListScimGroupMappingsResponse:
        """GET /scim/group-mappings: List SCIM group mappings"""
        return self._invoke(
            _operation("list_scim_group_mappings"),
            offset=offset,
            limit=limit,
        )

    def create_scim_group_mapping(
        self,
        *,
        body: CreateScimGroupMappingRequest | Mapping[str, Any],
    ) -> CreateScimGroupMappingResponse:
        """POST /scim/group-mappings: Create a SCIM group mapping"""
        return self._invoke(
            _operation("create_scim_group_mapping"),
            body=body,
        )

    def get_scim_group_mapping(
        self,
        id: UUID,
    ) -> GetScimGroupMappingResponse:
        """GET /scim/group-mappings/{id}: Get a SCIM group mapping"""
        return self._invoke(
            _operation("get_scim_group_mapping"),
            id=id,
        )

    def delete_scim_group_mapping(
        self,
        id: UUID,
        *,
        keep_members: bool | DeleteScimGroupMappingKeepMembers,
    ) -> DeleteScimGroupMappingResponse:
        """DELETE /scim/group-mappings/{id}: Delete a SCIM group mapping"""
        return self._invoke(
            _operation("delete_scim_group_mapping"),
            id=id,
            keep_members=keep_members,
        )

    def update_scim_group_mapping(
        self,
        id: UUID,
        *,
        body: UpdateScimGroupMappingRequest | Mapping[str, Any],
    ) -> UpdateScimGroupMappingResponse:
        """PATCH /scim/group-mappings/{id}: Update a SCIM group mapping"""
        return self._invoke(
            _operation("update_scim_group_mapping"),
            id=id,
            body=body,
        )

    def list_scim_groups(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListScimGroupsResponse:
        """GET /scim/groups: List SCIM groups"""
        return self._invoke(
            _operation("list_scim_groups"),
            offset=offset,
            limit=limit,
        )


class AsyncScimApi:
    """scim operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_scim_group_mappings(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListScimGroupMappingsResponse:
        """GET /scim/group-mappings: List SCIM group mappings"""
        return await self._invoke(
            _operation("list_scim_group_mappings"),
            offset=offset,
            limit=limit,
        )

    async def create_scim_group_mapping(
        self,
        *,
        body: CreateScimGroupMappingRequest | Mapping[str, Any],
    ) -> CreateScimGroupMappingResponse:
        """POST /scim/group-mappings: Create a SCIM group mapping"""
        return await self._invoke(
            _operation("create_scim_group_mapping"),
            body=body,
        )

    async def get_scim_group_mapping(
        self,
        id: UUID,
    ) -> GetScimGroupMappingResponse:
        """GET /scim/group-mappings/{id}: Get a SCIM group mapping"""
        return await self._invoke(
            _operation("get_scim_group_mapping"),
            id=id,
        )

    async def delete_scim_group_mapping(
        self,
        id: UUID,
        *,
        keep_members: bool | DeleteScimGroupMappingKeepMembers,
    ) -> DeleteScimGroupMappingResponse:
        """DELETE /scim/group-mappings/{id}: Delete a SCIM group mapping"""
        return await self._invoke(
            _operation("delete_scim_group_mapping"),
            id=id,
            keep_members=keep_members,
        )

    async def update_scim_group_mapping(
        self,
        id: UUID,
        *,
        body: UpdateScimGroupMappingRequest | Mapping[str, Any],
    ) -> UpdateScimGroupMappingResponse:
        """PATCH /scim/group-mappings/{id}: Update a SCIM group mapping"""
        return await self._invoke(
            _operation("update_scim_group_mapping"),
            id=id,
            body=body,
        )

    async def list_scim_groups(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListScimGroupsResponse:
        """GET /scim/groups: List SCIM groups"""
        return await self._invoke(
            _operation("list_scim_groups"),
            offset=offset,
            limit=limit,
        )
