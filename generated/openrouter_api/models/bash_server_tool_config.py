from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.bash_server_tool_engine import BashServerToolEngine
    from ..models.container_auto_environment import ContainerAutoEnvironment
    from ..models.container_reference_environment import ContainerReferenceEnvironment


@_attrs_define(slots=False, repr=False)
class BashServerToolConfig(LazyModel):
    """Configuration for the openrouter:bash server tool

    Example:
        {'environment': {'type': 'container_auto'}}

    Attributes:
        engine (BashServerToolEngine | None): Which bash engine to use. "openrouter" runs commands server-side in the
            OpenRouter sandbox. "auto" (default) and "native" use native passthrough, returning the tool call to your
            application to run client-side; OpenRouter does not execute the commands. Example: auto.
        environment (ContainerAutoEnvironment | ContainerReferenceEnvironment | None): Execution environment for the
            bash server tool. Example: {'type': 'container_auto'}.
        sleep_after_seconds (int | None): How long (in seconds) the container stays warm after its last command before
            sleeping, freeing its capacity slot. Idle-based: each command renews the timer. Defaults to 900 (15 minutes);
            capped at 2592000 (30 days). Example: 900.
    """

    engine: BashServerToolEngine | None = ABSENT
    environment: ContainerAutoEnvironment | ContainerReferenceEnvironment | None = (
        ABSENT
    )
    sleep_after_seconds: int | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("engine", "engine"),
        ("environment", "environment"),
        ("sleep_after_seconds", "sleep_after_seconds"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.bash_server_tool_engine import BashServerToolEngine
        from ..models.container_auto_environment import ContainerAutoEnvironment
        from ..models.container_reference_environment import (
            ContainerReferenceEnvironment,
        )

        def engine_(raw__: Any) -> Any:
            engine = BashServerToolEngine(raw__)

            return engine

        def environment_(raw__: Any) -> Any:
            def _parse_environment(
                data: object,
            ) -> ContainerAutoEnvironment | ContainerReferenceEnvironment:
                if ContainerAutoEnvironment.accepts(data):
                    componentsschemas_bash_server_tool_environment_type_0 = (
                        ContainerAutoEnvironment.from_dict(data)
                    )

                    return componentsschemas_bash_server_tool_environment_type_0
                if ContainerReferenceEnvironment.accepts(data):
                    componentsschemas_bash_server_tool_environment_type_1 = (
                        ContainerReferenceEnvironment.from_dict(data)
                    )

                    return componentsschemas_bash_server_tool_environment_type_1
                if ContainerAutoEnvironment.discriminated_by(data):
                    return ContainerAutoEnvironment.from_dict(data)
                if ContainerReferenceEnvironment.discriminated_by(data):
                    return ContainerReferenceEnvironment.from_dict(data)
                return cast(
                    ContainerAutoEnvironment | ContainerReferenceEnvironment, data
                )

            environment = _parse_environment(raw__)

            return environment

        return {
            "engine": engine_,
            "environment": environment_,
        }
