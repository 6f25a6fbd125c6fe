"""The receiving office's roll-up of many communes' reports (issue 14 part 2): pure rules.

A receiving office (a province's Sở Nội vụ, about a hundred communes since the 2025 reform;
reporting.md §1.3, §5.2) adds up the communes' report packages (domain/report_package.py). The
completeness board follows DHIS2 (reporting.md §6.1): expected, received, on time, missing; the
latest version of a commune's report wins and every version is kept (reporting.md §6.2, §6.4.5);
totals are computed, never stored (reporting.md §6.4.2).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from dancoso_desktop.domain.text import nfc

# NĐ 09/2019 leaves the deadline to the issuer of each regime (reporting.md §1.1); the default
# follows Khánh Hòa's "02 ngày làm việc kể từ ngày chốt số liệu" [KH01] and is a setting.
DEFAULT_DEADLINE_WORKING_DAYS = 2

# Codes whose every value is zero make a commune stand out (issue 14 item 5).
STANDOUT_RULES: tuple[tuple[str, str, str], ...] = (
    ("disclosure", "Không có nội dung công khai nào", "No disclosure at all"),
    ("inspection", "Không có cuộc kiểm tra nào", "No inspection at all"),
)


def commune_key(name: str, province: str) -> str:
    """Identity of a commune across packages: its name and province in NFC, case and spaces
    ignored. Tone marks count: "Xã Thạnh An" and "Xã Thanh An" are two communes."""
    def norm(text: str) -> str:
        return " ".join(nfc(text).casefold().split())
    return f"{norm(province)}|{norm(name)}"


def is_late(received: datetime, due: date) -> bool:
    return received.date() > due


def newest_first(versions: list[tuple[int, datetime, int]]) -> int:
    """The package id that counts among (version, received, id): the highest version, then the
    latest received (a second version of a commune's report replaces the first)."""
    return max(versions)[2]


@dataclass
class CommuneRow:
    commune_id: int
    name: str
    province: str
    code: str | None
    package_id: int | None = None
    version: int | None = None
    versions: int = 0
    received_at: datetime | None = None
    late: bool = False
    number: str = ""
    standouts: list[str] = field(default_factory=list)

    @property
    def received(self) -> bool:
        return self.package_id is not None


@dataclass
class TotalRow:
    code: str
    group: str
    label: str
    unit: str
    total: float
    communes: int        # how many communes' packages carry the row


def standouts(values: dict[str, float], lang: str = "vi") -> list[str]:
    """The reasons a commune's figures stand out: every row of a kind is zero, or missing."""
    out = []
    for prefix, vi, en in STANDOUT_RULES:
        mine = [v for code, v in values.items() if code.split(".")[0].startswith(prefix)]
        if not mine or all(v == 0 for v in mine):
            out.append(en if lang == "en" else vi)
    return out
