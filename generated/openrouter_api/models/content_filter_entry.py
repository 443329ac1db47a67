from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.content_filter_action import ContentFilterAction


@_attrs_define(slots=False, repr=False)
class ContentFilterEntry(LazyModel):
    """A custom regex content filter that scans request messages for matching patterns.

    Example:
        {'action': 'redact', 'label': '[API_KEY]', 'pattern': '\\\\b(sk-[a-zA-Z0-9]{48})\\\\b'}

    Attributes:
        action (ContentFilterAction): Action taken when the pattern matches Example: block.
        pattern (str): A regex pattern to match against request content Example: \\b(sk-[a-zA-Z0-9]{48})\\b.
        label (str | None): Optional label used in redaction placeholders or error messages Example: [API_KEY].
    """

    action: ContentFilterAction
    pattern: str
    label: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("pattern", "pattern"),
        ("label", "label"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "pattern",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.content_filter_action import ContentFilterAction

        def action_(raw__: Any) -> Any:
            action = ContentFilterAction(raw__)

            return action

        return {
            "action": action_,
        }
