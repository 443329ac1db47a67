from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import LazyModel

if TYPE_CHECKING:
    from ..models.input_file import InputFile
    from ..models.input_image import InputImage
    from ..models.input_text import InputText


@_attrs_define(slots=False, repr=False)
class StoredPromptTemplateVariables(LazyModel):
    additional_properties: dict[str, InputFile | InputImage | InputText | str] = (
        _attrs_field(init=False, factory=dict)
    )

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = ()
    _required_: ClassVar[frozenset[str]] = frozenset({})
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()
