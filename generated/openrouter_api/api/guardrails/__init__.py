"""Operations tagged guardrails, as methods bound to a caller.

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

    from ...models.bulk_assign_keys_request import BulkAssignKeysRequest
    from ...models.bulk_assign_keys_response import BulkAssignKeysResponse
    from ...models.bulk_assign_members_request import BulkAssignMembersRequest
    from ...models.bulk_assign_members_response import BulkAssignMembersResponse
    from ...models.bulk_unassign_keys_request import BulkUnassignKeysRequest
    from ...models.bulk_unassign_keys_response import BulkUnassignKeysResponse
    from ...models.bulk_unassign_members_request import BulkUnassignMembersRequest
    from ...models.bulk_unassign_members_response import BulkUnassignMembersResponse
    from ...models.create_guardrail_request import CreateGuardrailRequest
    from ...models.create_guardrail_response import CreateGuardrailResponse
    from ...models.delete_guardrail_response import DeleteGuardrailResponse
    from ...models.get_guardrail_response import GetGuardrailResponse
    from ...models.list_guardrails_response import ListGuardrailsResponse
    from ...models.list_key_assignments_response import ListKeyAssignmentsResponse
    from ...models.list_member_assignments_response import ListMemberAssignmentsResponse
    from ...models.update_guardrail_request import UpdateGuardrailRequest
    from ...models.update_guardrail_response import UpdateGuardrailResponse


Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class GuardrailsApi:
    """guardrails operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def list_guardrails(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
        workspace_id: UUID | Unset = UNSET,
    ) -> ListGuardrailsResponse:
        """GET /guardrails: List guardrails"""
        return self._invoke(
            _operation("list_guardrails"),
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
        )

    def create_guardrail(
        self,
        *,
        body: CreateGuardrailRequest | Mapping[str, Any],
    ) -> CreateGuardrailResponse:
        """POST /guardrails: Create a guardrail"""
        return self._invoke(
            _operation("create_guardrail"),
            body=body,
        )

    def get_guardrail(
        self,
        id: UUID,
    ) -> GetGuardrailResponse:
        """GET /guardrails/{id}: Get a guardrail"""
        return self._invoke(
            _operation("get_guardrail"),
            id=id,
        )

    def delete_guardrail(
        self,
        id: UUID,
    ) -> DeleteGuardrailResponse:
        """DELETE /guardrails/{id}: Delete a guardrail"""
        return self._invoke(
            _operation("delete_guardrail"),
            id=id,
        )

    def update_guardrail(
        self,
        id: UUID,
        *,
        body: UpdateGuardrailRequest | Mapping[str, Any],
    ) -> UpdateGuardrailResponse:
        """PATCH /guardrails/{id}: Update a guardrail"""
        return self._invoke(
            _operation("update_guardrail"),
            id=id,
            body=body,
        )

    def list_guardrail_key_assignments(
        self,
        id: UUID,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListKeyAssignmentsResponse:
        """GET /guardrails/{id}/assignments/keys: List key assignments for a guardrail"""
        return self._invoke(
            _operation("list_guardrail_key_assignments"),
            id=id,
            offset=offset,
            limit=limit,
        )

    def bulk_assign_keys_to_guardrail(
        self,
        id: UUID,
        *,
        body: BulkAssignKeysRequest | Mapping[str, Any],
    ) -> BulkAssignKeysResponse:
        """POST /guardrails/{id}/assignments/keys: Bulk assign keys to a guardrail"""
        return self._invoke(
            _operation("bulk_assign_keys_to_guardrail"),
            id=id,
            body=body,
        )

    def bulk_unassign_keys_from_guardrail(
        self,
        id: UUID,
        *,
        body: BulkUnassignKeysRequest | Mapping[str, Any],
    ) -> BulkUnassignKeysResponse:
        """POST /guardrails/{id}/assignments/keys/remove: Bulk unassign keys from a guardrail"""
        return self._invoke(
            _operation("bulk_unassign_keys_from_guardrail"),
            id=id,
            body=body,
        )

    def list_guardrail_member_assignments(
        self,
        id: UUID,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListMemberAssignmentsResponse:
        """GET /guardrails/{id}/assignments/members: List member assignments for a guardrail"""
        return self._invoke(
            _operation("list_guardrail_member_assignments"),
            id=id,
            offset=offset,
            limit=limit,
        )

    def bulk_assign_members_to_guardrail(
        self,
        id: UUID,
        *,
        body: BulkAssignMembersRequest | Mapping[str, Any],
    ) -> BulkAssignMembersResponse:
        """POST /guardrails/{id}/assignments/members: Bulk assign members to a guardrail"""
        return self._invoke(
            _operation("bulk_assign_members_to_guardrail"),
            id=id,
            body=body,
        )

    def bulk_unassign_members_from_guardrail(
        self,
        id: UUID,
        *,
        body: BulkUnassignMembersRequest | Mapping[str, Any],
    ) -> BulkUnassignMembersResponse:
        """POST /guardrails/{id}/assignments/members/remove: Bulk unassign members from a guardrail"""
        return self._invoke(
            _operation("bulk_unassign_members_from_guardrail"),
            id=id,
            body=body,
        )

    def list_key_assignments(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListKeyAssignmentsResponse:
        """GET /guardrails/assignments/keys: List all key assignments"""
        return self._invoke(
            _operation("list_key_assignments"),
            offset=offset,
            limit=limit,
        )

    def list_member_assignments(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListMemberAssignmentsResponse:
        """GET /guardrails/assignments/members: List all member assignments"""
        return self._invoke(
            _operation("list_member_assignments"),
            offset=offset,
            limit=limit,
        )


class AsyncGuardrailsApi:
    """guardrails operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def list_guardrails(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
        workspace_id: UUID | Unset = UNSET,
    ) -> ListGuardrailsResponse:
        """GET /guardrails: List guardrails"""
        return await self._invoke(
            _operation("list_guardrails"),
            offset=offset,
            limit=limit,
            workspace_id=workspace_id,
        )

    async def create_guardrail(
        self,
        *,
        body: CreateGuardrailRequest | Mapping[str, Any],
    ) -> CreateGuardrailResponse:
        """POST /guardrails: Create a guardrail"""
        return await self._invoke(
            _operation("create_guardrail"),
            body=body,
        )

    async def get_guardrail(
        self,
        id: UUID,
    ) -> GetGuardrailResponse:
        """GET /guardrails/{id}: Get a guardrail"""
        return await self._invoke(
            _operation("get_guardrail"),
            id=id,
        )

    async def delete_guardrail(
        self,
        id: UUID,
    ) -> DeleteGuardrailResponse:
        """DELETE /guardrails/{id}: Delete a guardrail"""
        return await self._invoke(
            _operation("delete_guardrail"),
            id=id,
        )

    async def update_guardrail(
        self,
        id: UUID,
        *,
        body: UpdateGuardrailRequest | Mapping[str, Any],
    ) -> UpdateGuardrailResponse:
        """PATCH /guardrails/{id}: Update a guardrail"""
        return await self._invoke(
            _operation("update_guardrail"),
            id=id,
            body=body,
        )

    async def list_guardrail_key_assignments(
        self,
        id: UUID,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListKeyAssignmentsResponse:
        """GET /guardrails/{id}/assignments/keys: List key assignments for a guardrail"""
        return await self._invoke(
            _operation("list_guardrail_key_assignments"),
            id=id,
            offset=offset,
            limit=limit,
        )

    async def bulk_assign_keys_to_guardrail(
        self,
        id: UUID,
        *,
        body: BulkAssignKeysRequest | Mapping[str, Any],
    ) -> BulkAssignKeysResponse:
        """POST /guardrails/{id}/assignments/keys: Bulk assign keys to a guardrail"""
        return await self._invoke(
            _operation("bulk_assign_keys_to_guardrail"),
            id=id,
            body=body,
        )

    async def bulk_unassign_keys_from_guardrail(
        self,
        id: UUID,
        *,
        body: BulkUnassignKeysRequest | Mapping[str, Any],
    ) -> BulkUnassignKeysResponse:
        """POST /guardrails/{id}/assignments/keys/remove: Bulk unassign keys from a guardrail"""
        return await self._invoke(
            _operation("bulk_unassign_keys_from_guardrail"),
            id=id,
            body=body,
        )

    async def list_guardrail_member_assignments(
        self,
        id: UUID,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListMemberAssignmentsResponse:
        """GET /guardrails/{id}/assignments/members: List member assignments for a guardrail"""
        return await self._invoke(
            _operation("list_guardrail_member_assignments"),
            id=id,
            offset=offset,
            limit=limit,
        )

    async def bulk_assign_members_to_guardrail(
        self,
        id: UUID,
        *,
        body: BulkAssignMembersRequest | Mapping[str, Any],
    ) -> BulkAssignMembersResponse:
        """POST /guardrails/{id}/assignments/members: Bulk assign members to a guardrail"""
        return await self._invoke(
            _operation("bulk_assign_members_to_guardrail"),
            id=id,
            body=body,
        )

    async def bulk_unassign_members_from_guardrail(
        self,
        id: UUID,
        *,
        body: BulkUnassignMembersRequest | Mapping[str, Any],
    ) -> BulkUnassignMembersResponse:
        """POST /guardrails/{id}/assignments/members/remove: Bulk unassign members from a guardrail"""
        return await self._invoke(
            _operation("bulk_unassign_members_from_guardrail"),
            id=id,
            body=body,
        )

    async def list_key_assignments(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListKeyAssignmentsResponse:
        """GET /guardrails/assignments/keys: List all key assignments"""
        return await self._invoke(
            _operation("list_key_assignments"),
            offset=offset,
            limit=limit,
        )

    async def list_member_assignments(
        self,
        *,
        offset: int | None | Unset = 0,
        limit: int | Unset = 50,
    ) -> ListMemberAssignmentsResponse:
        """GET /guardrails/assignments/members: List all member assignments"""
        return await self._invoke(
            _operation("list_member_assignments"),
            offset=offset,
            limit=limit,
        )
