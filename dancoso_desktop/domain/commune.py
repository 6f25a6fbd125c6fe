"""The commune and its units (departments, public units, hamlets, the Front, mass organisations)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CommuneKind(StrEnum):
    XA = "xa"
    PHUONG = "phuong"
    DAC_KHU = "dac_khu"


# The commune-level unit types since 01/07/2025 (domain.md §5); kept as data.
COMMUNE_KIND_VI = {CommuneKind.XA: "xã", CommuneKind.PHUONG: "phường", CommuneKind.DAC_KHU: "đặc khu"}


class UnitKind(StrEnum):
    DEPARTMENT = "department"          # Văn phòng HĐND-UBND, Phòng Kinh tế, …
    PUBLIC_UNIT = "public_unit"        # Trung tâm phục vụ hành chính công, trạm y tế, trường…
    HAMLET = "hamlet"                  # thôn / tổ dân phố, with household counts (Art. 21)
    FRONT = "front"                    # Ủy ban MTTQ Việt Nam xã
    MASS_ORG = "mass_org"              # Hội Nông dân, Hội LHPN, Đoàn TN, Hội CCB, …
    OTHER = "other"


UNIT_KIND_VI = {
    UnitKind.DEPARTMENT: "Phòng, ban chuyên môn",
    UnitKind.PUBLIC_UNIT: "Đơn vị sự nghiệp",
    UnitKind.HAMLET: "Thôn, tổ dân phố",
    UnitKind.FRONT: "Mặt trận Tổ quốc",
    UnitKind.MASS_ORG: "Tổ chức chính trị - xã hội",
    UnitKind.OTHER: "Khác",
}


@dataclass
class Unit:
    name: str
    kind: UnitKind = UnitKind.DEPARTMENT
    short_name: str = ""
    households: int | None = None       # hamlets only
    retired: bool = False               # units in use are retired, never deleted
    id: int | None = None


@dataclass
class Commune:
    province: str
    name: str                           # "Bình Lư" (without the "xã")
    kind: CommuneKind = CommuneKind.XA
    place_name: str = ""                # used in the date line; defaults to the name
    signer_authority: str = "TM. ỦY BAN NHÂN DÂN"
    signer_title: str = "CHỦ TỊCH"
    signer_name: str = ""

    @property
    def issuing_body(self) -> str:
        """'ỦY BAN NHÂN DÂN XÃ BÌNH LƯ' — CAPS, as the header prints it (NĐ 30/2020 PL I)."""
        return f"ỦY BAN NHÂN DÂN {COMMUNE_KIND_VI[self.kind]} {self.name}".upper()

    @property
    def display_name(self) -> str:
        return f"{COMMUNE_KIND_VI[self.kind].capitalize()} {self.name}"

    @property
    def full_name(self) -> str:
        """'xã Bình Lư' — as written inside a sentence ('Ủy ban nhân dân xã Bình Lư')."""
        return f"{COMMUNE_KIND_VI[self.kind]} {self.name}"
