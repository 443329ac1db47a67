"""Operations tagged classifications, as methods bound to a caller.

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

    from ...models.task_classification_response import TaskClassificationResponse

from ...models.get_task_classifications_window import GetTaskClassificationsWindow

Invoke = Callable[..., Any]
AsyncInvoke = Callable[..., Awaitable[Any]]


def _operation(name: str) -> ModuleType:
    from importlib import import_module

    return import_module(f"{__name__}.{name}")


class ClassificationsApi:
    """classifications operations (blocking)."""

    def __init__(self, invoke: Invoke) -> None:
        self._invoke = invoke

    def get_task_classifications(
        self,
        *,
        window: GetTaskClassificationsWindow
        | Unset = GetTaskClassificationsWindow.VALUE_0,
    ) -> TaskClassificationResponse:
        """GET /classifications/task: Task classification market share"""
        return self._invoke(
            _operation("get_task_classifications"),
            window=window,
        )


class AsyncClassificationsApi:
    """classifications operations (awaitable)."""

    def __init__(self, invoke: AsyncInvoke) -> None:
        self._invoke = invoke

    async def get_task_classifications(
        self,
        *,
        window: GetTaskClassificationsWindow
        | Unset = GetTaskClassificationsWindow.VALUE_0,
    ) -> TaskClassificationResponse:
        """GET /classifications/task: Task classification market share"""
        return await self._invoke(
            _operation("get_task_classifications"),
            window=window,
        )
