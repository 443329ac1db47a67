from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.output_item_web_search_call_action_find_in_page import (
        OutputItemWebSearchCallActionFindInPage,
    )
    from ..models.output_item_web_search_call_action_open_page import (
        OutputItemWebSearchCallActionOpenPage,
    )
    from ..models.output_item_web_search_call_action_search import (
        OutputItemWebSearchCallActionSearch,
    )
    from ..models.output_item_web_search_call_type import OutputItemWebSearchCallType
    from ..models.web_search_status import WebSearchStatus


@_attrs_define(slots=False, repr=False)
class OutputItemWebSearchCall(LazyModel):
    """
    Example:
        {'action': {'query': 'OpenAI API', 'type': 'search'}, 'id': 'search-abc123', 'status': 'completed', 'type':
            'web_search_call'}

    Attributes:
        id (str):
        status (WebSearchStatus):  Example: completed.
        type (OutputItemWebSearchCallType):
        action (OutputItemWebSearchCallActionFindInPage | OutputItemWebSearchCallActionOpenPage |
            OutputItemWebSearchCallActionSearch | None):
    """

    id: str
    status: WebSearchStatus
    type: OutputItemWebSearchCallType
    action: (
        OutputItemWebSearchCallActionFindInPage
        | OutputItemWebSearchCallActionOpenPage
        | OutputItemWebSearchCallActionSearch
        | None
    ) = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("id", "id"),
        ("status", "status"),
        ("type", "type"),
        ("action", "action"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "id",
            "status",
            "type",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = (("type", "web_search_call"),)

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.output_item_web_search_call_action_find_in_page import (
            OutputItemWebSearchCallActionFindInPage,
        )
        from ..models.output_item_web_search_call_action_open_page import (
            OutputItemWebSearchCallActionOpenPage,
        )
        from ..models.output_item_web_search_call_action_search import (
            OutputItemWebSearchCallActionSearch,
        )
        from ..models.output_item_web_search_call_type import (
            OutputItemWebSearchCallType,
        )
        from ..models.web_search_status import WebSearchStatus

        def status_(raw__: Any) -> Any:
            status = WebSearchStatus(raw__)

            return status

        def type_(raw__: Any) -> Any:
            type = OutputItemWebSearchCallType(raw__)

            return type

        def action_(raw__: Any) -> Any:
            def _parse_action(
                data: object,
            ) -> (
                OutputItemWebSearchCallActionFindInPage
                | OutputItemWebSearchCallActionOpenPage
                | OutputItemWebSearchCallActionSearch
            ):
                if OutputItemWebSearchCallActionSearch.accepts(data):
                    action_type_0 = OutputItemWebSearchCallActionSearch.from_dict(data)

                    return action_type_0
                if OutputItemWebSearchCallActionOpenPage.accepts(data):
                    action_type_1 = OutputItemWebSearchCallActionOpenPage.from_dict(
                        data
                    )

                    return action_type_1
                if OutputItemWebSearchCallActionFindInPage.accepts(data):
                    action_type_2 = OutputItemWebSearchCallActionFindInPage.from_dict(
                        data
                    )

                    return action_type_2
                if OutputItemWebSearchCallActionSearch.discriminated_by(data):
                    return OutputItemWebSearchCallActionSearch.from_dict(data)
                if OutputItemWebSearchCallActionOpenPage.discriminated_by(data):
                    return OutputItemWebSearchCallActionOpenPage.from_dict(data)
                if OutputItemWebSearchCallActionFindInPage.discriminated_by(data):
                    return OutputItemWebSearchCallActionFindInPage.from_dict(data)
                return cast(
                    OutputItemWebSearchCallActionFindInPage
                    | OutputItemWebSearchCallActionOpenPage
                    | OutputItemWebSearchCallActionSearch,
                    data,
                )

            action = _parse_action(raw__)

            return action

        return {
            "status": status_,
            "type": type_,
            "action": action_,
        }
