"""Demo data of the disclosure register: a realistic year and, with --scale N, many years more.

The demo year has the generated plan duties (Art. 14) and 60+ records over the 14 contents of
Art. 11: most of them compliant, some late (Art. 12.3), posted or broadcast too briefly
(Art. 13.2, 13.3) or without evidence, and some planned ones overdue, so every check has
something to show. The quarterly lists (Art. 13.2) whose day has passed are posted; the year
before's fourth-quarter list, due in January of the demo year, was posted late, so the 6-month
report counts two lists, one of them late. ``scale`` N adds about (N − 1) × 1,010 records over the demo year and the
nine years before it (N = 100: about 100,000, some 10,000 a year).
"""

from __future__ import annotations

import random
import tempfile
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from dancoso_desktop.domain.commune import UnitKind
from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus, Evidence
from dancoso_desktop.domain.disclosure_rules import legal_end, minimum_end
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services.attachments import store_attachment
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.disclosure_catalogue import load_duties
from dancoso_desktop.services.disclosure_plan import OFFICE, generate_plan
from dancoso_desktop.services.disclosure_query import RegisterFilter, RegisterQuery
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.disclosure_tables import DisclosureRow

# (item, title templates): {y} year, {h} a hamlet.
TITLES: dict[int, list[str]] = {
    1: ["Nghị quyết về kế hoạch phát triển kinh tế - xã hội năm {y}",
        "Báo cáo kết quả thực hiện kế hoạch phát triển kinh tế - xã hội 6 tháng đầu năm {y}"],
    2: ["Nghị quyết điều chỉnh dự toán ngân sách xã năm {y}",
        "Kết quả kiểm toán ngân sách xã năm {p} và việc thực hiện kiến nghị"],
    3: ["Phương án bồi thường, hỗ trợ giải phóng mặt bằng đường liên thôn {h}",
        "Kế hoạch sử dụng đất năm {y} của xã", "Tiến độ dự án nhà văn hóa {h}",
        "Quy hoạch chi tiết khu dân cư mới {h}"],
    4: ["Quy chế thực hiện dân chủ ở cơ sở (sửa đổi, bổ sung năm {y})"],
    5: ["Kết quả vận động Quỹ Vì người nghèo năm {y}",
        "Huy động đóng góp làm đường giao thông nông thôn {h}"],
    6: ["Kết quả kiểm kê tài sản công năm {p}", "Kế hoạch mua sắm tài sản công năm {y}"],
    7: ["Danh sách hộ nghèo, hộ cận nghèo năm {y}", "Danh sách đối tượng hưởng trợ cấp xã hội hằng tháng",
        "Kết quả bình xét hỗ trợ nhà ở cho hộ nghèo {h}"],
    8: ["Kết quả tiếp nhận, phân phối tiền, hàng cứu trợ mưa lũ", "Danh sách hộ được hỗ trợ khắc phục thiệt hại do bão {h}"],
    9: ["Danh sách công dân gọi nhập ngũ năm {y}", "Danh sách công dân tham gia Công an nhân dân năm {y}"],
    10: ["Kết quả lấy phiếu tín nhiệm chức danh do HĐND xã bầu",
         "Kết luận kiểm tra việc thu, chi quỹ tại {h}"],
    11: ["Dự thảo đề án sáp nhập thôn: lấy ý kiến Nhân dân", "Kết quả lấy ý kiến Nhân dân về dự thảo quy hoạch {h}"],
    12: ["Mức thu phí chợ, lệ phí chứng thực năm {y}", "Danh mục phí, lệ phí thu tại xã"],
    13: ["Thủ tục hành chính mới ban hành, sửa đổi năm {y}"],
    14: ["Lịch tiếp công dân của Chủ tịch UBND xã năm {y}", "Thông báo kết quả hội nghị đối thoại năm {y}"],
}
DEFAULT_HAMLETS = ["Thôn Đông", "Thôn Bắc", "Thôn Ấp Mới", "Thôn Ả Lử", "Thôn Cốc"]


def _evidence_files(ws: Workspace) -> list[Evidence]:
    """A few small evidence files (minutes, a radio log) stored like the officer's own."""
    texts = {
        "Biên bản niêm yết.txt": "BIÊN BẢN NIÊM YẾT CÔNG KHAI\nHôm nay, tại trụ sở UBND xã…",
        "Nhật ký truyền thanh.txt": "NHẬT KÝ ĐÀI TRUYỀN THANH XÃ\nPhát 3 buổi sáng liên tiếp…",
        "Biên bản kết thúc niêm yết.txt": "BIÊN BẢN KẾT THÚC NIÊM YẾT\nĐã niêm yết đủ 30 ngày…",
    }
    out = []
    with tempfile.TemporaryDirectory() as tmp:
        for name, text in texts.items():
            path = Path(tmp) / name
            path.write_text(text, encoding="utf-8")
            att = store_attachment(ws, path)
            out.append(att.evidence())
    return out


class _Maker:
    def __init__(self, svc: DisclosureService, rng: random.Random, units: list[int], hamlets: list[str],
                 evidence: list[Evidence]) -> None:
        self.svc, self.rng, self.units, self.hamlets, self.evidence = svc, rng, units, hamlets, evidence

    def record(self, item: int, year: int, decided: date, cal: WorkingCalendar, *, late: bool = False,
               short_posting: bool = False, short_radio: bool = False, no_evidence: bool = False) -> DisclosureRecord:
        rng = self.rng
        content = self.svc.catalogue.content(item)
        hamlet = rng.choice(self.hamlets)
        title = rng.choice(TITLES[item]).format(y=year, p=year - 1, h=hamlet)
        start = cal.add_working_days(decided, rng.randint(7, 12) if late else rng.randint(1, 4))
        uses: list[ChannelUse] = []
        if content.posting_days or content.permanent or rng.random() < 0.5:
            days = rng.randint(12, 25) if short_posting else (content.posting_days or 30) + rng.randint(0, 10)
            end = None if content.permanent else minimum_end(start, days)
            uses.append(ChannelUse("posting", OFFICE, start, end))
            if rng.random() < 0.6:
                uses.append(ChannelUse("posting", f"Nhà văn hóa {hamlet}", start, end))
        if content.radio_days:
            rdays = rng.randint(1, 2) if short_radio else content.radio_days + rng.randint(0, 2)
            uses.append(ChannelUse("radio", "Đài truyền thanh xã", start, minimum_end(start, rdays)))
        extra = rng.choice(["website", "hamlet_head", "telecom", "organisations", None if uses else "website"])
        if extra:
            uses.append(ChannelUse(extra, hamlet if extra == "hamlet_head" else "", start, start))
        files = [] if no_evidence else rng.sample(self.evidence, rng.randint(1, 2))
        number = rng.randint(1, 250)
        return DisclosureRecord(
            item=item, title=title, year=year, source_document=f"Quyết định số {number:02d}/QĐ-UBND",
            decided_on=decided, channels=uses, unit_id=rng.choice(self.units) if self.units else None,
            status=DisclosureStatus.DONE, evidence=files)


def _units(ws: Workspace) -> tuple[list[int], list[str]]:
    communes = CommuneService(ws.db)
    units = [u.id for u in communes.list_units() if u.id is not None and u.kind is not UnitKind.HAMLET]
    if not units:
        units = [communes.find_or_create_unit(n, UnitKind.DEPARTMENT)
                 for n in ("Văn phòng HĐND và UBND", "Phòng Kinh tế", "Phòng Văn hóa - Xã hội")]
    hamlets = [u.name for u in communes.hamlets()] or DEFAULT_HAMLETS
    return units, hamlets


def _demo_year(maker: _Maker, svc: DisclosureService, year: int, today: date) -> list[DisclosureRecord]:
    rng = maker.rng
    cal = svc.calendar(year)
    last = min(date(year, 12, 31), today - timedelta(days=6))
    records: list[DisclosureRecord] = []
    if last < date(year, 1, 10):
        return records
    span = (last - date(year, 1, 2)).days
    items = [i for i in range(1, 15) if i not in (2, 4, 13)] * 6 + [2, 4, 13, 3, 7, 7, 11]
    for n, item in enumerate(items):
        decided = date(year, 1, 2) + timedelta(days=rng.randint(0, span))
        flags = {"late": n % 13 == 5, "short_posting": n % 17 == 3, "short_radio": n % 11 == 7,
                 "no_evidence": n % 12 == 2}
        records.append(maker.record(item, year, decided, cal, **flags))
    # A few planned ones: two already overdue, the rest ahead in the year.
    for n, item in enumerate((3, 5, 7, 11, 6)):
        planned = today - timedelta(days=3 + n * 2) if n < 2 else today + timedelta(days=2 + n * 9)
        if planned.year != year:
            continue
        records.append(DisclosureRecord(item=item, title=rng.choice(TITLES[item]).format(
            y=year, p=year - 1, h=rng.choice(maker.hamlets)), year=year, planned_on=planned,
            status=DisclosureStatus.PLANNED, unit_id=rng.choice(maker.units) if maker.units else None))
    return records


def _complete_duties(svc: DisclosureService, year: int, today: date, rng: random.Random,
                     evidence: list[Evidence], hamlets: list[str]) -> None:
    """Mark the plan's duties whose date has passed as done (most on time). The quarterly lists
    are posted at the office and at a hamlet's cultural house too (Art. 13.2)."""
    lists = {f"{year}:{d.key}" for d in load_duties(year, svc.ws.data_dir) if d.quarterly_list}
    for rec in svc.records(year):
        if rec.plan_key is None or rec.planned_on is None or rec.planned_on > today - timedelta(days=3):
            continue
        decided = rec.planned_on - timedelta(days=rng.randint(2, 6))
        start = decided + timedelta(days=2)
        uses = []
        for u in rec.channels:
            end = legal_end(svc.catalogue, rec.item, u.channel, start)
            uses.append(replace(u, start=start, end=None if end is None else end + timedelta(days=rng.randint(0, 5))))
        if rec.plan_key in lists and uses:
            uses.append(replace(uses[0], place=f"Nhà văn hóa {hamlets[rec.planned_on.month % len(hamlets)]}"))
        done = replace(rec, decided_on=decided, status=DisclosureStatus.DONE,
                       evidence=rng.sample(evidence, 1), channels=uses)
        svc.save(done)


def _last_year_fourth_list(svc: DisclosureService, year: int, today: date, hamlets: list[str],
                            evidence: list[Evidence]) -> list[DisclosureRecord]:
    """The fourth-quarter list of the year before (its duty, due on the catalogue's January day
    of the demo year), posted a week late at the office and a hamlet (Art. 13.2)."""
    duty = next((d for d in load_duties(year - 1, svc.ws.data_dir) if d.quarterly_list == 4), None)
    if duty is None:
        return []
    key = f"{year - 1}:{duty.key}"
    start = duty.planned_on + timedelta(days=7)
    with svc.db.session() as s:
        exists = s.scalar(select(DisclosureRow.id).where(DisclosureRow.plan_key == key)) is not None
    if exists or start > today - timedelta(days=3):   # the demo of the year before made it
        return []
    uses = [ChannelUse("posting", place, start, legal_end(svc.catalogue, duty.item, "posting", start))
            for place in (OFFICE, f"Nhà văn hóa {hamlets[0]}")]
    return [DisclosureRecord(
        item=duty.item, title=duty.title, year=year - 1, planned_on=duty.planned_on,
        decided_on=duty.planned_on - timedelta(days=2), channels=uses, status=DisclosureStatus.DONE,
        plan_key=key, evidence=evidence[:1],
        notes="Nhiệm vụ định kỳ theo kế hoạch công khai (Điều 14); niêm yết chậm sau kỳ nghỉ Tết Dương lịch.")]


def add_demo(ws: Workspace, year: int, scale: int, rng: random.Random) -> str:
    svc = DisclosureService(ws)
    today = date.today()
    units, hamlets = _units(ws)
    evidence = _evidence_files(ws)
    maker = _Maker(svc, rng, units, hamlets, evidence)
    generate_plan(svc, year)
    _complete_duties(svc, year, today, rng, evidence, hamlets)
    count = svc.bulk_insert(_demo_year(maker, svc, year, today)
                            + _last_year_fourth_list(svc, year, today, hamlets, evidence))
    extra = 0
    if scale > 1:
        per_year = (scale - 1) * 101
        for back in range(10):
            y = year - back
            cal = svc.calendar(y)

            def gen(y: int = y, cal: WorkingCalendar = cal) -> object:
                for n in range(per_year):
                    decided = date(y, 1, 2) + timedelta(days=rng.randint(0, 340))
                    yield maker.record(rng.randint(1, 14), y, decided, cal, late=n % 13 == 5,
                                       short_posting=n % 17 == 3, short_radio=n % 11 == 7,
                                       no_evidence=n % 12 == 2)

            extra += svc.bulk_insert(gen(), validate=False)  # type: ignore[arg-type]
    total = RegisterQuery(ws.db).count(RegisterFilter())
    return f"{total} bản ghi công khai ({count + extra} mới)"
