from __future__ import annotations

from enum import StrEnum
from typing import Any

from ..types import open_enum_member

_DECLARED: frozenset[str] = frozenset(
    {
        "480x480",
        "480x640",
        "720x960",
        "720x1080",
        "720x1280",
        "720x1680",
        "752x560",
        "768x768",
        "768x1024",
        "768x1152",
        "768x1366",
        "768x1792",
        "480x720",
        "834x1112",
        "854x480",
        "960x720",
        "960x960",
        "992x432",
        "1024x768",
        "1080x720",
        "1080x1080",
        "1080x1440",
        "1080x1620",
        "480x854",
        "1080x1920",
        "1080x2520",
        "1112x834",
        "1120x480",
        "1152x768",
        "1280x720",
        "1366x768",
        "1440x1080",
        "1440x1440",
        "1440x1920",
        "480x1120",
        "1440x2160",
        "1440x2560",
        "1440x3360",
        "1470x630",
        "1620x1080",
        "1680x720",
        "1792x768",
        "1920x1080",
        "1920x1440",
        "2160x1440",
        "560x752",
        "2160x2160",
        "2160x2880",
        "2160x3240",
        "2160x3840",
        "2160x5040",
        "2520x1080",
        "2560x1440",
        "2880x2160",
        "3240x2160",
        "3360x1440",
        "640x480",
        "3840x2160",
        "5040x2160",
        "640x640",
        "720x480",
        "720x720",
    }
)


class VideoModelSupportedSizesItem(StrEnum):
    """Open enum: a value the spec does not list yet decodes to a new member instead of failing."""

    VALUE_0 = "480x480"
    VALUE_1 = "480x640"
    VALUE_10 = "720x960"
    VALUE_11 = "720x1080"
    VALUE_12 = "720x1280"
    VALUE_13 = "720x1680"
    VALUE_14 = "752x560"
    VALUE_15 = "768x768"
    VALUE_16 = "768x1024"
    VALUE_17 = "768x1152"
    VALUE_18 = "768x1366"
    VALUE_19 = "768x1792"
    VALUE_2 = "480x720"
    VALUE_20 = "834x1112"
    VALUE_21 = "854x480"
    VALUE_22 = "960x720"
    VALUE_23 = "960x960"
    VALUE_24 = "992x432"
    VALUE_25 = "1024x768"
    VALUE_26 = "1080x720"
    VALUE_27 = "1080x1080"
    VALUE_28 = "1080x1440"
    VALUE_29 = "1080x1620"
    VALUE_3 = "480x854"
    VALUE_30 = "1080x1920"
    VALUE_31 = "1080x2520"
    VALUE_32 = "1112x834"
    VALUE_33 = "1120x480"
    VALUE_34 = "1152x768"
    VALUE_35 = "1280x720"
    VALUE_36 = "1366x768"
    VALUE_37 = "1440x1080"
    VALUE_38 = "1440x1440"
    VALUE_39 = "1440x1920"
    VALUE_4 = "480x1120"
    VALUE_40 = "1440x2160"
    VALUE_41 = "1440x2560"
    VALUE_42 = "1440x3360"
    VALUE_43 = "1470x630"
    VALUE_44 = "1620x1080"
    VALUE_45 = "1680x720"
    VALUE_46 = "1792x768"
    VALUE_47 = "1920x1080"
    VALUE_48 = "1920x1440"
    VALUE_49 = "2160x1440"
    VALUE_5 = "560x752"
    VALUE_50 = "2160x2160"
    VALUE_51 = "2160x2880"
    VALUE_52 = "2160x3240"
    VALUE_53 = "2160x3840"
    VALUE_54 = "2160x5040"
    VALUE_55 = "2520x1080"
    VALUE_56 = "2560x1440"
    VALUE_57 = "2880x2160"
    VALUE_58 = "3240x2160"
    VALUE_59 = "3360x1440"
    VALUE_6 = "640x480"
    VALUE_60 = "3840x2160"
    VALUE_61 = "5040x2160"
    VALUE_7 = "640x640"
    VALUE_8 = "720x480"
    VALUE_9 = "720x720"

    def __str__(self) -> str:
        return str(self.value)

    @classmethod
    def _missing_(cls, value: object) -> Any:
        return open_enum_member(cls, value)

    @classmethod
    def is_declared(cls, value: object) -> bool:
        """Whether the spec lists ``value`` (used to tell union variants apart)."""
        return value in _DECLARED
