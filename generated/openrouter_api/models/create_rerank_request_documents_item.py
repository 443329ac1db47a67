from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class CreateRerankRequestDocumentsItem(LazyModel):
    """A structured document with optional text and/or image content. At least one of `text` or `image` must be provided.

    Attributes:
        image (str | None): An image associated with the document, as a remote URL (http/https) or a base64-encoded data
            URI (data:image/...). Example: https://upload.wikimedia.org/wikipedia/commons/thumb/8/8b/Phytogenic.png.
        text (str | None): The document text Example: AI enables robots to perceive, plan, and act autonomously..
    """

    image: str | None = ABSENT
    text: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image", "image"),
        ("text", "text"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
