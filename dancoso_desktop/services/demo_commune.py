"""Demo data of the commune feature: a realistic commune with its units and hamlets.

The demo is meant for an empty data folder. It never overwrites a commune that is already
there, adds only the units and hamlets that are missing (so running it again duplicates
nothing), and refuses before writing anything when the folder already has a plan for the year.
"""

from __future__ import annotations

import random

from dancoso_desktop.domain.commune import Commune, CommuneKind, Unit, UnitKind
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import fold
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import Workspace

DEMO_COMMUNE = Commune(
    province="Cao Bằng", name="Hòa An", kind=CommuneKind.XA, place_name="Hòa An",
    signer_authority="TM. ỦY BAN NHÂN DÂN", signer_title="CHỦ TỊCH", signer_name="Hoàng Văn Thắng",
)

# The commune's bodies after 01/07/2025 (domain.md §5), the Front and the mass organisations.
DEMO_UNITS: list[tuple[str, UnitKind, str]] = [
    ("Văn phòng HĐND-UBND", UnitKind.DEPARTMENT, "VP"),
    ("Phòng Kinh tế", UnitKind.DEPARTMENT, "KT"),
    ("Phòng Văn hóa - Xã hội", UnitKind.DEPARTMENT, "VHXH"),
    ("Trung tâm Phục vụ hành chính công", UnitKind.PUBLIC_UNIT, "TTPVHCC"),
    ("Công an xã", UnitKind.OTHER, "CA"),
    ("Ban Chỉ huy Quân sự xã", UnitKind.OTHER, "BCHQS"),
    ("Ủy ban MTTQ Việt Nam xã", UnitKind.FRONT, "MTTQ"),
    ("Hội Nông dân xã", UnitKind.MASS_ORG, "HND"),
    ("Hội Liên hiệp Phụ nữ xã", UnitKind.MASS_ORG, "HLHPN"),
    ("Đoàn Thanh niên Cộng sản Hồ Chí Minh xã", UnitKind.MASS_ORG, "ĐTN"),
    ("Hội Cựu chiến binh xã", UnitKind.MASS_ORG, "HCCB"),
    ("Công đoàn cơ sở", UnitKind.OTHER, "CĐ"),
]

# Hamlets with their households: the base of every citizens' vote (Art. 21). Two have 200 or
# more households, where a meeting may be held by cluster (Art. 18).
DEMO_HAMLETS: list[tuple[str, int]] = [
    ("Thôn Nà Rụa", 142), ("Thôn Bó Mạ", 96), ("Thôn Pác Cáp", 118), ("Thôn Nà Lẹng", 87),
    ("Thôn Đông Sy", 205), ("Thôn Khuổi Lừa", 64), ("Thôn Nặm Tốc", 131), ("Thôn Bản Chang", 109),
    ("Thôn Cốc Lùng", 73), ("Thôn Lũng Mười", 158), ("Tổ dân phố Hòa Chung", 246), ("Tổ dân phố Bằng Giang", 189),
]


def refuse_if_plan_exists(ws: Workspace, year: int) -> None:
    if PlanService(ws.db).has_plan(year):
        raise ValidationError(
            f"Thư mục dữ liệu đã có kế hoạch năm {year}, nên không tạo dữ liệu mẫu (dữ liệu hiện có được giữ "
            "nguyên). Hãy chọn thư mục khác bằng --data-dir hoặc năm khác bằng --year.",
            f"The data folder already has a plan for {year}, so no demo data was created (the existing data "
            "is unchanged). Choose another folder with --data-dir or another year with --year.",
            field="year")


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    refuse_if_plan_exists(ws, year)
    service = CommuneService(ws.db)
    commune = service.get_commune()
    if commune is None:
        commune = service.save_commune(DEMO_COMMUNE)
    existing = {fold(u.name) for u in service.list_units(include_retired=True)}
    for name, kind, short in DEMO_UNITS:
        if fold(name) not in existing:
            service.save_unit(Unit(name, kind, short))
    for name, households in DEMO_HAMLETS:
        if fold(name) not in existing:
            service.save_unit(Unit(name, UnitKind.HAMLET, households=households))
    hamlets = len(service.list_units(kind=UnitKind.HAMLET))
    units = len(service.list_units()) - hamlets
    return f"{commune.display_name} ({commune.province}): {units} đơn vị, {hamlets} thôn/tổ dân phố"
