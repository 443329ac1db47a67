from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel


@_attrs_define(slots=False, repr=False)
class CreateRerankResponseResultsItemDocument(LazyModel):
    """The document object echoing the original input (text and/or image)

    Attributes:
        image (str | None): The image (URL or data URI) from the original document Example:
            https://example.com/image.png.
        text (str | None): The document text Example: Paris is the capital of France..
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
