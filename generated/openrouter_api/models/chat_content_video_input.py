from __future__ import annotations

from typing import Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel


@_attrs_define(slots=False, repr=False)
class ChatContentVideoInput(LazyModel):
    """Video input object

    Example:
        {'url': 'https://example.com/video.mp4'}

    Attributes:
        url (str): URL of the video (data: URLs supported)
    """

    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (("url", "url"),)
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
