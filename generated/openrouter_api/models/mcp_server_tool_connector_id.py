from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "connector_dropbox",
        "connector_gmail",
        "connector_googlecalendar",
        "connector_googledrive",
        "connector_microsoftteams",
        "connector_outlookcalendar",
        "connector_outlookemail",
        "connector_sharepoint",
    }
)


class McpServerToolConnectorId(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    CONNECTOR_DROPBOX = "connector_dropbox"
    CONNECTOR_GMAIL = "connector_gmail"
    CONNECTOR_GOOGLECALENDAR = "connector_googlecalendar"
    CONNECTOR_GOOGLEDRIVE = "connector_googledrive"
    CONNECTOR_MICROSOFTTEAMS = "connector_microsoftteams"
    CONNECTOR_OUTLOOKCALENDAR = "connector_outlookcalendar"
    CONNECTOR_OUTLOOKEMAIL = "connector_outlookemail"
    CONNECTOR_SHAREPOINT = "connector_sharepoint"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
