from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.chat_token_logprob import ChatTokenLogprob


@_attrs_define(slots=False, repr=False)
class ChatTokenLogprobs(LazyModel):
    """Log probabilities for the completion

    Example:
        {'content': [{'bytes': None, 'logprob': -0.612345, 'token': ' Hello', 'top_logprobs': []}], 'refusal': None}

    Attributes:
        content (list[ChatTokenLogprob] | None): Log probabilities for content tokens
        refusal (list[ChatTokenLogprob] | None): Log probabilities for refusal tokens
    """

    content: list[ChatTokenLogprob] | None
    refusal: list[ChatTokenLogprob] | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("content", "content"),
        ("refusal", "refusal"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.chat_token_logprob import ChatTokenLogprob

        def content_(raw__: Any) -> Any:
            def _parse_content(data: object) -> list[ChatTokenLogprob] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    content_type_0 = []
                    _content_type_0 = data
                    for content_type_0_item_data in _content_type_0:
                        content_type_0_item = ChatTokenLogprob.from_dict(
                            content_type_0_item_data
                        )

                        content_type_0.append(content_type_0_item)

                    return content_type_0
                return cast(list[ChatTokenLogprob] | None, data)

            content = _parse_content(raw__)

            return content

        def refusal_(raw__: Any) -> Any:
            def _parse_refusal(data: object) -> list[ChatTokenLogprob] | None:
                if data is None:
                    return data
                if isinstance(data, list):
                    refusal_type_0 = []
                    _refusal_type_0 = data
                    for refusal_type_0_item_data in _refusal_type_0:
                        refusal_type_0_item = ChatTokenLogprob.from_dict(
                            refusal_type_0_item_data
                        )

                        refusal_type_0.append(refusal_type_0_item)

                    return refusal_type_0
                return cast(list[ChatTokenLogprob] | None, data)

            refusal = _parse_refusal(raw__)

            return refusal

        return {
            "content": content_,
            "refusal": refusal_,
        }
