from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.output_item_file_search_call_type import OutputItemFileSearchCallType
    from ..models.web_search_status import WebSearchStatus


@_attrs_define(slots=False, repr=False)
class OutputItemFileSearchCall(LazyModel):
    """
    Example:
        {'id': 'filesearch-abc123', 'queries': ['machine learning algorithms', 'neural networks'], 'status':
            'completed', 'type': 'file_search_call'}

    Attributes:
        id (str):
        queries (list[str]):
        status (WebSearchStatus):  Example: completed.
        type (OutputItemFileSearchCallType):
    """

    id: str
    queries: list[str]
    status: WebSearchStatus
    type: OutputItemFileSearchCallType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("queries", "queries"),
        ("status", "status"),
        ("type", "type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "queries",
            "status",
            "type",
        }
    )
    _essential_: ClassVar[frozenset[str]] = frozenset(
        {
            "queries",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "file_search_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_item_file_search_call_type import (
            OutputItemFileSearchCallType,
        )
        from ..models.web_search_status import WebSearchStatus

        def queries_(raw__: Any) -> Any:
            queries = cast(list[str], raw__)

            return queries

        def status_(raw__: Any) -> Any:
            status = WebSearchStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputItemFileSearchCallType(raw__)

            return type

        return {
            "queries": queries_,
            "status": status_,
            "type": type_,
        }
