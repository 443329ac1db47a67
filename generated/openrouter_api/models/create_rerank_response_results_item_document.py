from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, LazyModel, Unset


@_attrs_define(slots=False, repr=False)
class CreateRerankResponseResultsItemDocument(LazyModel):
    """The document object echoing the original input (text and/or image)

    Attributes:
        image (str | Unset): The image (URL or data URI) from the original document Example:
            https://example.com/image.png.
        text (str | Unset): The document text Example: Paris is the capital of France..
    """

    image: str | Unset = UNSET
    text: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("image", "image"),
        ("text", "text"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
