from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import ABSENT, LazyModel

if TYPE_CHECKING:
    import datetime
    from uuid import UUID

    from ..models.create_auth_keys_code_request_code_challenge_method import (
        CreateAuthKeysCodeRequestCodeChallengeMethod,
    )
    from ..models.create_auth_keys_code_request_usage_limit_type import (
        CreateAuthKeysCodeRequestUsageLimitType,
    )


@_attrs_define(slots=False, repr=False)
class CreateAuthKeysCodeRequest(LazyModel):
    """
    Example:
        {'callback_url': 'https://myapp.com/auth/callback', 'code_challenge': 'E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-
            cM', 'code_challenge_method': 'S256', 'limit': 100}

    Attributes:
        callback_url (str): The callback URL to redirect to after authorization. Supports https URLs and
            localhost/127.0.0.1 URLs on any port for local CLI tools. Example: https://myapp.com/auth/callback.
        code_challenge (str | None): PKCE code challenge for enhanced security Example:
            E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM.
        code_challenge_method (CreateAuthKeysCodeRequestCodeChallengeMethod | None): The method used to generate the
            code challenge Example: S256.
        expires_at (datetime.datetime | None): Optional expiration time for the API key to be created Example:
            2027-12-31T23:59:59Z.
        key_label (str | None): Optional custom label for the API key. Defaults to the app name if not provided.
            Example: My Custom Key.
        limit (float | None): Credit limit for the API key to be created Example: 100.
        spawn_agent (str | None): Agent identifier for spawn telemetry Example: my-agent.
        spawn_cloud (str | None): Cloud identifier for spawn telemetry Example: aws-us-east-1.
        usage_limit_type (CreateAuthKeysCodeRequestUsageLimitType | None): Optional credit limit reset interval. When
            set, the credit limit resets on this interval. Example: monthly.
        workspace_id (UUID | None): Optional workspace ID to associate the API key with
    """

    callback_url: str
    code_challenge: str | None = ABSENT
    code_challenge_method: CreateAuthKeysCodeRequestCodeChallengeMethod | None = ABSENT
    expires_at: datetime.datetime | None = ABSENT
    key_label: str | None = ABSENT
    limit: float | None = ABSENT
    spawn_agent: str | None = ABSENT
    spawn_cloud: str | None = ABSENT
    usage_limit_type: CreateAuthKeysCodeRequestUsageLimitType | None = ABSENT
    workspace_id: UUID | None = ABSENT
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    _fields_: ClassVar[tuple[tuple[str, str], ...]] = (
        ("callback_url", "callback_url"),
        ("code_challenge", "code_challenge"),
        ("code_challenge_method", "code_challenge_method"),
        ("expires_at", "expires_at"),
        ("key_label", "key_label"),
        ("limit", "limit"),
        ("spawn_agent", "spawn_agent"),
        ("spawn_cloud", "spawn_cloud"),
        ("usage_limit_type", "usage_limit_type"),
        ("workspace_id", "workspace_id"),
    )
    _required_: ClassVar[frozenset[str]] = frozenset(
        {
            "callback_url",
        }
    )
    _consts_: ClassVar[tuple[tuple[str, Any], ...]] = ()

    @classmethod
    def _decoders_(cls) -> dict[str, Any]:
        import datetime
        from uuid import UUID

        from ..models.create_auth_keys_code_request_code_challenge_method import (
            CreateAuthKeysCodeRequestCodeChallengeMethod,
        )
        from ..models.create_auth_keys_code_request_usage_limit_type import (
            CreateAuthKeysCodeRequestUsageLimitType,
        )

        def code_challenge_method_(raw__: Any) -> Any:
            code_challenge_method = CreateAuthKeysCodeRequestCodeChallengeMethod(raw__)

            return code_challenge_method

        def expires_at_(raw__: Any) -> Any:
            def _parse_expires_at(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                if isinstance(data, str):
                    expires_at_type_0 = datetime.datetime.fromisoformat(data)

                    return expires_at_type_0
                return cast(datetime.datetime | None, data)

            expires_at = _parse_expires_at(raw__)

            return expires_at

        def usage_limit_type_(raw__: Any) -> Any:
            usage_limit_type = CreateAuthKeysCodeRequestUsageLimitType(raw__)

            return usage_limit_type

        def workspace_id_(raw__: Any) -> Any:
            workspace_id = UUID(raw__)

            return workspace_id

        return {
            "code_challenge_method": code_challenge_method_,
            "expires_at": expires_at_,
            "usage_limit_type": usage_limit_type_,
            "workspace_id": workspace_id_,
        }
