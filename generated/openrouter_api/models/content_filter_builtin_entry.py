from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.content_filter_builtin_action import ContentFilterBuiltinAction
    from ..models.content_filter_builtin_slug import ContentFilterBuiltinSlug
    from ..models.prompt_injection_scan_scope import PromptInjectionScanScope


@_attrs_define(slots=False, repr=False)
class ContentFilterBuiltinEntry(LazyModel):
    """A builtin content filter entry. Builtin filters include PII detectors and the regex-based prompt injection detector.

    Example:
        {'action': 'redact', 'label': '[EMAIL]', 'slug': 'email'}

    Attributes:
        action (ContentFilterBuiltinAction): Action taken when the builtin filter triggers Example: block.
        slug (ContentFilterBuiltinSlug): The builtin filter identifier Example: regex-prompt-injection.
        label (str | None): Read-only, system-assigned redaction placeholder derived from the slug (e.g. "[EMAIL]",
            "[PHONE]"). Not settable by the caller. Example: [EMAIL].
        scan_scope (PromptInjectionScanScope | None): Which message roles to scan for prompt injection. Only applies to
            the regex-prompt-injection builtin. Defaults to all_messages. Example: user_only.
    """

    action: ContentFilterBuiltinAction
    slug: ContentFilterBuiltinSlug
    label: str | None = ABSENT
    scan_scope: PromptInjectionScanScope | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("action", "action"),
        ("slug", "slug"),
        ("label", "label"),
        ("scan_scope", "scan_scope"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "action",
            "slug",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.content_filter_builtin_action import ContentFilterBuiltinAction
        from ..models.content_filter_builtin_slug import ContentFilterBuiltinSlug
        from ..models.prompt_injection_scan_scope import PromptInjectionScanScope

        def action_(raw__: Any) -> Any:
            action = ContentFilterBuiltinAction(raw__)

            return action

        def slug_(raw__: Any) -> Any:
            slug = ContentFilterBuiltinSlug(raw__)

            return slug

        def scan_scope_(raw__: Any) -> Any:
            scan_scope = PromptInjectionScanScope(raw__)

            return scan_scope

        return {
            "action": action_,
            "slug": slug_,
            "scan_scope": scan_scope_,
        }
