from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.local_shell_call_item_action_env import LocalShellCallItemActionEnv
    from ..models.local_shell_call_item_action_type import LocalShellCallItemActionType


@_attrs_define(slots=False, repr=False)
class LocalShellCallItemAction(LazyModel):
    """
    Attributes:
        command (list[str]):
        env (LocalShellCallItemActionEnv):
        type (LocalShellCallItemActionType):
        timeout_ms (int | None):
        user (str | None):
        working_directory (str | None):
    """

    command: list[str]
    env: LocalShellCallItemActionEnv
    type: LocalShellCallItemActionType
    timeout_ms: int | None = ABSENT
    user: str | None = ABSENT
    working_directory: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("command", "command"),
        ("env", "env"),
        ("type", "type"),
        ("timeout_ms", "timeout_ms"),
        ("user", "user"),
        ("working_directory", "working_directory"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "command",
            "env",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "command",
            "env",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "exec"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.local_shell_call_item_action_env import (
            LocalShellCallItemActionEnv,
        )
        from ..models.local_shell_call_item_action_type import (
            LocalShellCallItemActionType,
        )

        def command_(raw__: Any) -> Any:
            command = cast(list[str], raw__)

            return command

        def env_(raw__: Any) -> Any:
            env = LocalShellCallItemActionEnv.from_dict(raw__)

            return env

        def type_(raw__: Any) -> Any:
            type = LocalShellCallItemActionType(raw__)

            return type

        return {
            "command": command_,
            "env": env_,
            "type": type_,
        }
