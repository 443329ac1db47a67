from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ChatDebugOptions(LazyModel):
    """Debug options for inspecting request transformations (streaming only)

    Example:
        {'echo_upstream_body': True}

    Attributes:
        echo_upstream_body (bool | None): If true, includes the transformed upstream request body in a debug chunk at
            the start of the stream. Only works with streaming mode. Example: True.
    """

    echo_upstream_body: bool | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("echo_upstream_body", "echo_upstream_body"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
