from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_content_image_image_url_detail import (
        ChatContentImageImageUrlDetail,
    )


@_attrs_define(slots=False, repr=False)
class ChatContentImageImageUrl(LazyModel):
    """
    Attributes:
        url (str): URL of the image (data: URLs supported)
        detail (ChatContentImageImageUrlDetail | None): Image detail level for vision models. `original` is an
            OpenRouter extension (not in the OpenAI Chat Completions spec) requesting true original-resolution media; it is
            downgraded to `high` for providers that lack an original-resolution tier.
    """

    url: str
    detail: ChatContentImageImageUrlDetail | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("url", "url"),
        ("detail", "detail"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        from ..models.chat_content_image_image_url_detail import (
            ChatContentImageImageUrlDetail,
        )

        def detail_(raw__: Any) -> Any:
            detail = ChatContentImageImageUrlDetail(raw__)

            return detail

        return {
            "detail": detail_,
        }
