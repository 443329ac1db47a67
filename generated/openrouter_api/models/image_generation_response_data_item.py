from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class ImageGenerationResponseDataItem(LazyModel):
    """
    Attributes:
        b64_json (str): Base64-encoded image bytes
        media_type (str | None): Media type (MIME type) of the image, e.g. `image/png`, `image/jpeg`, `image/webp`,
            `image/svg+xml`. May be omitted if the format could not be determined. Example: image/png.
    """

    b64_json: str
    media_type: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("b64_json", "b64_json"),
        ("media_type", "media_type"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "b64_json",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
