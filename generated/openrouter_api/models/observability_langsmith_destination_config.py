from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.observability_langsmith_destination_config_headers import (
        ObservabilityLangsmithDestinationConfigHeaders,
    )


@_attrs_define(slots=False, repr=False)
class ObservabilityLangsmithDestinationConfig(LazyModel):
    """
    Attributes:
        api_key (str):
        endpoint (str | None):  Default: 'https://api.smith.langchain.com'.
        headers (ObservabilityLangsmithDestinationConfigHeaders | None): Custom HTTP headers to include in requests to
            this destination.
        project (str | None): The name for this project, such as pr-openrouter-demo. Defaults to "main" if not set.
            Default: 'main'.
        workspace_id (str | None): Required for org-scoped API keys. Find this in your LangSmith workspace settings.
    """

    api_key: str
    endpoint: str | None = "https://api.smith.langchain.com"
    headers: ObservabilityLangsmithDestinationConfigHeaders | None = ABSENT
    project: str | None = "main"
    workspace_id: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("api_key", "apiKey"),
        ("endpoint", "endpoint"),
        ("headers", "headers"),
        ("project", "project"),
        ("workspace_id", "workspaceId"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "apiKey",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.observability_langsmith_destination_config_headers import (
            ObservabilityLangsmithDestinationConfigHeaders,
        )

        def headers_(raw__: Any) -> Any:
            headers = ObservabilityLangsmithDestinationConfigHeaders.from_dict(raw__)

            return headers

        return {
            "headers": headers_,
        }
