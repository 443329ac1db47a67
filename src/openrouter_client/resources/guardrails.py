"""``client.guardrails``: spending and model guardrails, and the keys and members they cover.

Lists page lazily: ``for guardrail in client.guardrails.list(): ...`` fetches the next page only
when the items of the previous one run out.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from .._options import split_options
from ._pages import AsyncPager, Pager
from ._resource import AsyncAPIResource, Operation, SyncAPIResource

if TYPE_CHECKING:
    from typing import Unpack

    from openrouter_api.models import (
        BulkAssignKeysResponse,
        BulkAssignMembersResponse,
        BulkUnassignKeysResponse,
        BulkUnassignMembersResponse,
        CreateGuardrailResponse,
        DeleteGuardrailResponse,
        GetGuardrailResponse,
        Guardrail,
        KeyAssignment,
        MemberAssignment,
        UpdateGuardrailResponse,
    )
    from openrouter_api.params import CreateGuardrailRequestParam, UpdateGuardrailRequestParam

    from .._options import RequestOptions

    class GuardrailCreateArgs(CreateGuardrailRequestParam, RequestOptions, total=False):
        """The new guardrail's fields, plus per-call options."""

    class GuardrailUpdateArgs(UpdateGuardrailRequestParam, RequestOptions, total=False):
        """The fields to change, plus per-call options."""


__all__ = ["AsyncGuardrails", "Guardrails"]


def _body(params: dict[str, Any]) -> tuple[dict[str, Any], RequestOptions]:
    options = split_options(params)
    return {"body": params}, options


def _assignment_list(kind: str, id: str | None) -> tuple[Operation[Any], dict[str, Any]]:
    """The operation listing ``kind`` ("key"/"member") assignments: of one guardrail, or all."""
    from openrouter_api.api.guardrails import (
        list_guardrail_key_assignments,
        list_guardrail_member_assignments,
        list_key_assignments,
        list_member_assignments,
    )

    if id is None:
        return (list_key_assignments if kind == "key" else list_member_assignments), {}
    one = list_guardrail_key_assignments if kind == "key" else list_guardrail_member_assignments
    return one, {"id": id}


class Guardrails(SyncAPIResource):
    """Guardrails (blocking)."""

    def list(
        self,
        *,
        workspace_id: str | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> Pager[Guardrail]:
        """Every guardrail, a page at a time as you iterate."""
        from openrouter_api.api.guardrails import list_guardrails

        args = {"workspace_id": workspace_id, "limit": limit}
        return Pager(self._send, list_guardrails, args, options)

    def create(self, **params: Unpack[GuardrailCreateArgs]) -> CreateGuardrailResponse:
        from openrouter_api.api.guardrails import create_guardrail

        args, options = _body(dict(params))
        return self._request(create_guardrail, args, options)

    def get(self, id: str, **options: Unpack[RequestOptions]) -> GetGuardrailResponse:
        from openrouter_api.api.guardrails import get_guardrail

        return self._request(get_guardrail, {"id": id}, options)

    def update(self, id: str, **params: Unpack[GuardrailUpdateArgs]) -> UpdateGuardrailResponse:
        from openrouter_api.api.guardrails import update_guardrail

        args, options = _body(dict(params))
        return self._request(update_guardrail, {"id": id, **args}, options)

    def delete(self, id: str, **options: Unpack[RequestOptions]) -> DeleteGuardrailResponse:
        from openrouter_api.api.guardrails import delete_guardrail

        return self._request(delete_guardrail, {"id": id}, options)

    def key_assignments(
        self, id: str | None = None, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[KeyAssignment]:
        """Keys assigned to guardrail ``id`` (to any guardrail when ``id`` is None), lazily."""
        op, args = _assignment_list("key", id)
        return Pager(self._send, op, {**args, "limit": limit}, options)

    def member_assignments(
        self, id: str | None = None, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> Pager[MemberAssignment]:
        """Members assigned to guardrail ``id`` (to any guardrail when ``id`` is None), lazily."""
        op, args = _assignment_list("member", id)
        return Pager(self._send, op, {**args, "limit": limit}, options)

    def assign_keys(
        self, id: str, key_hashes: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkAssignKeysResponse:
        from openrouter_api.api.guardrails import bulk_assign_keys_to_guardrail

        body = {"key_hashes": list(key_hashes)}
        return self._request(bulk_assign_keys_to_guardrail, {"id": id, "body": body}, options)

    def unassign_keys(
        self, id: str, key_hashes: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkUnassignKeysResponse:
        from openrouter_api.api.guardrails import bulk_unassign_keys_from_guardrail

        body = {"key_hashes": list(key_hashes)}
        return self._request(bulk_unassign_keys_from_guardrail, {"id": id, "body": body}, options)

    def assign_members(
        self, id: str, member_user_ids: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkAssignMembersResponse:
        from openrouter_api.api.guardrails import bulk_assign_members_to_guardrail

        body = {"member_user_ids": list(member_user_ids)}
        return self._request(bulk_assign_members_to_guardrail, {"id": id, "body": body}, options)

    def unassign_members(
        self, id: str, member_user_ids: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkUnassignMembersResponse:
        from openrouter_api.api.guardrails import bulk_unassign_members_from_guardrail

        body = {"member_user_ids": list(member_user_ids)}
        return self._request(
            bulk_unassign_members_from_guardrail, {"id": id, "body": body}, options
        )


class AsyncGuardrails(AsyncAPIResource):
    """Guardrails (awaitable)."""

    def list(
        self,
        *,
        workspace_id: str | None = None,
        limit: int | None = None,
        **options: Unpack[RequestOptions],
    ) -> AsyncPager[Guardrail]:
        """Every guardrail, a page at a time as you ``async for``."""
        from openrouter_api.api.guardrails import list_guardrails

        args = {"workspace_id": workspace_id, "limit": limit}
        return AsyncPager(self._send, list_guardrails, args, options)

    async def create(self, **params: Unpack[GuardrailCreateArgs]) -> CreateGuardrailResponse:
        from openrouter_api.api.guardrails import create_guardrail

        args, options = _body(dict(params))
        return await self._request(create_guardrail, args, options)

    async def get(self, id: str, **options: Unpack[RequestOptions]) -> GetGuardrailResponse:
        from openrouter_api.api.guardrails import get_guardrail

        return await self._request(get_guardrail, {"id": id}, options)

    async def update(
        self, id: str, **params: Unpack[GuardrailUpdateArgs]
    ) -> UpdateGuardrailResponse:
        from openrouter_api.api.guardrails import update_guardrail

        args, options = _body(dict(params))
        return await self._request(update_guardrail, {"id": id, **args}, options)

    async def delete(self, id: str, **options: Unpack[RequestOptions]) -> DeleteGuardrailResponse:
        from openrouter_api.api.guardrails import delete_guardrail

        return await self._request(delete_guardrail, {"id": id}, options)

    def key_assignments(
        self, id: str | None = None, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[KeyAssignment]:
        """Keys assigned to guardrail ``id`` (to any guardrail when ``id`` is None), lazily."""
        op, args = _assignment_list("key", id)
        return AsyncPager(self._send, op, {**args, "limit": limit}, options)

    def member_assignments(
        self, id: str | None = None, *, limit: int | None = None, **options: Unpack[RequestOptions]
    ) -> AsyncPager[MemberAssignment]:
        """Members assigned to guardrail ``id`` (to any guardrail when ``id`` is None), lazily."""
        op, args = _assignment_list("member", id)
        return AsyncPager(self._send, op, {**args, "limit": limit}, options)

    async def assign_keys(
        self, id: str, key_hashes: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkAssignKeysResponse:
        from openrouter_api.api.guardrails import bulk_assign_keys_to_guardrail

        body = {"key_hashes": list(key_hashes)}
        return await self._request(bulk_assign_keys_to_guardrail, {"id": id, "body": body}, options)

    async def unassign_keys(
        self, id: str, key_hashes: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkUnassignKeysResponse:
        from openrouter_api.api.guardrails import bulk_unassign_keys_from_guardrail

        body = {"key_hashes": list(key_hashes)}
        return await self._request(
            bulk_unassign_keys_from_guardrail, {"id": id, "body": body}, options
        )

    async def assign_members(
        self, id: str, member_user_ids: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkAssignMembersResponse:
        from openrouter_api.api.guardrails import bulk_assign_members_to_guardrail

        body = {"member_user_ids": list(member_user_ids)}
        return await self._request(
            bulk_assign_members_to_guardrail, {"id": id, "body": body}, options
        )

    async def unassign_members(
        self, id: str, member_user_ids: Iterable[str], **options: Unpack[RequestOptions]
    ) -> BulkUnassignMembersResponse:
        from openrouter_api.api.guardrails import bulk_unassign_members_from_guardrail

        body = {"member_user_ids": list(member_user_ids)}
        return await self._request(
            bulk_unassign_members_from_guardrail, {"id": id, "body": body}, options
        )
