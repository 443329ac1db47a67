from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    from ..models.exchange_auth_code_for_api_key_request_code_challenge_method import (
        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod,
    )


@_attrs_define(slots=False, repr=False)
class ExchangeAuthCodeForAPIKeyRequest(LazyModel):
    """
    Example:
        {'code': 'auth_code_abc123def456', 'code_challenge_method': 'S256', 'code_verifier': 'dBjftJeZ4CVP-
            mB92K27uhbUJU1p1r_wW1gFWFOEjXk'}

    Attributes:
        code (str): The authorization code received from the OAuth redirect Example: auth_code_abc123def456.
        code_challenge_method (ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod | None): The method used to generate
            the code challenge Example: S256.
        code_verifier (str | None): The code verifier if code_challenge was used in the authorization request Example:
            dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk.
    """

    code: str
    code_challenge_method: (
        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod | None
    ) = ABSENT
    code_verifier: str | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("code", "code"),
        ("code_challenge_method", "code_challenge_method"),
        ("code_verifier", "code_verifier"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "code",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:

        from ..models.exchange_auth_code_for_api_key_request_code_challenge_method import (
            ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod,
        )

        def code_challenge_method_(raw__: Any) -> Any:
            def _parse_code_challenge_method(
                data: object,
            ) -> ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod | None:
                if data is None:
                    return data
                if ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod.is_declared(
                    data
                ):
                    code_challenge_method_type_0 = (
                        ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod(data)
                    )

                    return code_challenge_method_type_0
                if isinstance(data, str):
                    return ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod(data)
                return cast(
                    ExchangeAuthCodeForAPIKeyRequestCodeChallengeMethod | None, data
                )

            code_challenge_method = _parse_code_challenge_method(raw__)

            return code_challenge_method

        return {
            "code_challenge_method": code_challenge_method_,
        }
