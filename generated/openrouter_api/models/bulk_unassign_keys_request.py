from __future__ import annotations

from typing import Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class BulkUnassignKeysRequest(LazyModel):
    """
    Example:
        {'key_hashes': ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93']}

    Attributes:
        key_hashes (list[str]): Array of API key hashes to unassign from the guardrail Example:
            ['c56454edb818d6b14bc0d61c46025f1450b0f4012d12304ab40aacb519fcbc93'].
    """

    key_hashes: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("key_hashes", "key_hashes"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "key_hashes",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "key_hashes",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        def key_hashes_(raw__: Any) -> Any:
            key_hashes = cast(list[str], raw__)

            return key_hashes

        return {
            "key_hashes": key_hashes_,
        }
