from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.provider_options import ProviderOptions


@_attrs_define(slots=False, repr=False)
class STTRequestProvider(LazyModel):
    """Provider-specific passthrough configuration

    Attributes:
        options (ProviderOptions | None): Provider-specific options keyed by provider slug. Only options for the matched
            provider are forwarded; the rest are ignored. Unrecognized keys are silently dropped. Example: {'openai':
            {'max_tokens': 1000}}.
    """

    options: ProviderOptions | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("options", "options"),)
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.provider_options import ProviderOptions

        def options_(raw__: Any) -> Any:
            options = ProviderOptions.from_dict(raw__)

            return options

        return {
            "options": options_,
        }
