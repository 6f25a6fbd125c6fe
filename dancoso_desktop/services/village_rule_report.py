"""What the hương ước register gives reports and the due list (reporting.md §7.4 "Hương ước", §3.2).

Figures of NĐ 61 Art. 16.1 b–d for the period: texts recognised / not recognised / amended,
supplemented or replaced / suspended (whole, partial) / repealed (whole, partial); hamlets with
a recognised text in force at the cut-off ÷ hamlets; reviews held (18/11, Art. 15.4). Due: the
file (≤ 5 WD), the recognition (≤ 5 WD), the sending (≤ 2 WD), pending suspensions (≤ 3 WD) and
repeals (≤ 5 WD), this year's review on 18/11 and the statistics before 30/11 (Art. 16.3).
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    DueItem,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.village_rule import EventKind, Scope, Stage, as_of, deadlines, stage
from dancoso_desktop.domain.village_rule_rules import province_report_due, review_day

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database
    from dancoso_desktop.storage.rows import RowReader

SOURCE = "village_rules"
GROUP = "Hương ước, quy ước"


def _ref(rid: int | None) -> RecordRef:
    return RecordRef("village_rule", rid or 0)


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    from dancoso_desktop.domain.commune import UnitKind
    from dancoso_desktop.storage.consultation_reader import all_village_rules

    rules = all_village_rules(db)
    # The hamlets in use in the units catalogue (CommuneService.list_units(kind=HAMLET)): only
    # their number and ids count here.
    hamlets = [hid for (hid,) in db.rows("SELECT id FROM units WHERE retired = 0 AND kind = ? ORDER BY position, id",
                                         (UnitKind.HAMLET.value,))]
    active = set(hamlets)
    in_force: dict[int, RecordRef] = {}
    for r in rules:
        if r.hamlet_id in active and stage(as_of(r, period.end)) is Stage.IN_FORCE:
            in_force.setdefault(r.hamlet_id, _ref(r.id))
    recognised = tuple(_ref(r.id) for r in rules if period.contains(r.recognised_on))
    refused = tuple(_ref(r.id) for r in rules if period.contains(r.refused_on))
    adopted = tuple(_ref(r.id) for r in rules if period.contains(r.adopted_on))

    def events(kinds: tuple[EventKind, ...], scope: Scope | None = None) -> tuple[RecordRef, ...]:
        return tuple(_ref(r.id) for r in rules for e in r.events
                     if e.kind in kinds and period.contains(e.decided_on) and (scope is None or e.scope is scope))

    amended = events((EventKind.AMENDMENT, EventKind.REPLACEMENT))
    susp_w, susp_p = events((EventKind.SUSPENSION,), Scope.WHOLE), events((EventKind.SUSPENSION,), Scope.PARTIAL)
    rep_w, rep_p = events((EventKind.REPEAL,), Scope.WHOLE), events((EventKind.REPEAL,), Scope.PARTIAL)
    reviews = tuple(_ref(r.id) for r in rules for d in r.reviews if period.contains(d))
    covered = tuple(in_force.values())
    pct = round(100 * len(covered) / len(hamlets), 1) if hamlets else 0.0
    f = SOURCE
    figures = [
        Figure(f"{f}.hamlets", "Tổng số thôn, tổ dân phố", "Hamlets", len(hamlets), unit_vi="thôn, TDP",
               note="hamlets in use in the units catalogue"),
        Figure(f"{f}.hamlets_in_force", "Số thôn, tổ dân phố có hương ước, quy ước được công nhận",
               "Hamlets with a recognised text in force", len(covered), covered, unit_vi="thôn, TDP",
               note="one record per hamlet: its text in force at the period's end"),
        Figure(f"{f}.coverage_pct", "Tỷ lệ thôn, tổ dân phố có hương ước, quy ước được công nhận",
               "Share of hamlets with a recognised text", pct, unit_vi="%",
               note="hamlets_in_force ÷ hamlets"),
        Figure(f"{f}.adopted", "Hương ước, quy ước được thông qua trong kỳ", "Adopted in the period",
               len(adopted), adopted, unit_vi="văn bản"),
        Figure(f"{f}.recognised", "Được công nhận", "Recognised", len(recognised), recognised, unit_vi="văn bản"),
        Figure(f"{f}.not_recognised", "Không được công nhận", "Not recognised", len(refused), refused,
               unit_vi="văn bản"),
        Figure(f"{f}.amended", "Được sửa đổi, bổ sung, thay thế", "Amended, supplemented or replaced",
               len(amended), amended, unit_vi="lượt"),
        Figure(f"{f}.suspended_whole", "Bị tạm ngừng thực hiện toàn bộ", "Suspended in whole", len(susp_w), susp_w,
               unit_vi="lượt"),
        Figure(f"{f}.suspended_partial", "Bị tạm ngừng thực hiện một phần", "Suspended in part", len(susp_p), susp_p,
               unit_vi="lượt"),
        Figure(f"{f}.repealed_whole", "Bị bãi bỏ toàn bộ", "Repealed in whole", len(rep_w), rep_w, unit_vi="lượt"),
        Figure(f"{f}.repealed_partial", "Bị bãi bỏ một phần", "Repealed in part", len(rep_p), rep_p, unit_vi="lượt"),
        Figure(f"{f}.reviews", "Số cuộc rà soát, đánh giá hằng năm (18/11)", "Annual reviews held", len(reviews),
               reviews, unit_vi="cuộc"),
    ]
    text = (f"Toàn xã có {len(covered)}/{len(hamlets)} thôn, tổ dân phố có hương ước, quy ước được công nhận "
            f"({str(pct).replace('.', ',')}%). Trong kỳ, {len(adopted)} hương ước, quy ước được thông qua; "
            f"{len(recognised)} được công nhận, {len(refused)} không được công nhận; {len(amended)} lượt sửa đổi, "
            f"bổ sung, thay thế; {len(susp_w) + len(susp_p)} lượt tạm ngừng thực hiện; {len(rep_w) + len(rep_p)} "
            f"lượt bãi bỏ; tổ chức {len(reviews)} cuộc rà soát, đánh giá việc thực hiện (Điều 15, Điều 16 "
            "Nghị định số 61/2023/NĐ-CP).")
    text_en = (f"{len(covered)}/{len(hamlets)} hamlets have a recognised village rule ({pct}%). In the period: "
               f"{len(adopted)} adopted, {len(recognised)} recognised, {len(refused)} not recognised, {len(amended)} "
               f"amended or replaced, {len(susp_w) + len(susp_p)} suspensions, {len(rep_w) + len(rep_p)} repeals, "
               f"{len(reviews)} reviews (Decree 61/2023 Art. 15–16).")
    statements = [Statement("decide.village_rules", text, text_en,
                            (f"{f}.hamlets_in_force", f"{f}.recognised", f"{f}.not_recognised", f"{f}.amended"))]
    annex = [AnnexRow(GROUP, f"{f}.hamlets_in_force", "Số thôn, TDP có hương ước, quy ước được công nhận",
                      unit_vi="thôn, TDP"),
             AnnexRow(GROUP, f"{f}.coverage_pct", "Tỷ lệ thôn, TDP có hương ước, quy ước được công nhận", unit_vi="%"),
             AnnexRow(GROUP, f"{f}.recognised", "Được công nhận trong kỳ", unit_vi="văn bản"),
             AnnexRow(GROUP, f"{f}.not_recognised", "Không được công nhận", unit_vi="văn bản"),
             AnnexRow(GROUP, f"{f}.amended", "Sửa đổi, bổ sung, thay thế", unit_vi="lượt"),
             AnnexRow(GROUP, f"{f}.suspended_whole", "Tạm ngừng thực hiện toàn bộ", unit_vi="lượt"),
             AnnexRow(GROUP, f"{f}.suspended_partial", "Tạm ngừng thực hiện một phần", unit_vi="lượt"),
             AnnexRow(GROUP, f"{f}.repealed_whole", "Bãi bỏ toàn bộ", unit_vi="lượt"),
             AnnexRow(GROUP, f"{f}.repealed_partial", "Bãi bỏ một phần", unit_vi="lượt"),
             AnnexRow(GROUP, f"{f}.reviews", "Rà soát, đánh giá hằng năm (18/11)", unit_vi="cuộc")]
    return Contribution(SOURCE, figures, statements, annex)


def due(db: Database, today: date, until: date) -> list[DueItem]:
    from dancoso_desktop.services.village_rule_service import VillageRuleService

    svc = VillageRuleService(db)
    items: list[DueItem] = []
    in_force = 0
    for r in svc.records():
        name = f"{r.kind_name} {r.hamlet_name}".strip()
        d = deadlines(r, svc.calendar(today.year))
        steps = []
        if d.file and r.file_sent_on is None and r.recognised_on is None and r.refused_on is None:
            steps.append((d.file, f"Gửi hồ sơ đề nghị công nhận: {name}", "Mẫu 01, Mẫu 02 và văn bản (Điều 11).",
                          "Request Form 01, minutes Form 02 and the text (Art. 11)."))
        if d.recognition and r.recognised_on is None and r.refused_on is None:
            steps.append((d.recognition, f"Quyết định công nhận: {name}", "Mẫu 03, ≤ 5 ngày làm việc (khoản 3 Điều 11).",
                          "Form 03, ≤ 5 working days (Art. 11(3))."))
        if d.sending and r.sent_on is None:
            steps.append((d.sending, f"Gửi quyết định tới thôn, MTTQ: {name}", "≤ 2 ngày làm việc (Điều 18).",
                          "≤ 2 working days (Art. 18)."))
        for ev, due_day in zip(r.events, d.events, strict=True):
            if due_day is not None and ev.decided_on is None:
                kind = "Tạm ngừng thực hiện" if ev.kind is EventKind.SUSPENSION else "Bãi bỏ"
                steps.append((due_day, f"{kind}: {name}", "Mẫu 04 (≤ 3 ngày làm việc)" if ev.kind is EventKind.SUSPENSION
                              else "Mẫu 05 (≤ 5 ngày làm việc)", "Suspension or repeal decision"))
        for due_day, title, vi, en in steps:
            if due_day <= until:
                items.append(DueItem(SOURCE, "village_rule", title, due_day, _ref(r.id), vi, en))
        if stage(r) is Stage.IN_FORCE:
            in_force += 1
            day = review_day(today.year)
            if day <= until and not any(x.year == today.year for x in r.reviews) \
                    and (r.recognised_on is None or r.recognised_on < day):
                items.append(DueItem(SOURCE, "village_rule", f"Rà soát, đánh giá hằng năm: {name}", day, _ref(r.id),
                                     "Ngày 18/11 hoặc ngày thống nhất khác (khoản 4 Điều 15).",
                                     "18 November or another agreed day (Art. 15(4))."))
    report_day = province_report_due(today.year)
    if today <= report_day <= until:
        items.append(DueItem(SOURCE, "village_rule", "Thống kê hương ước, quy ước (tỉnh gửi Bộ VHTTDL trước 30/11)",
                             report_day, None, f"{in_force} văn bản đang có hiệu lực (Điều 16).",
                             f"{in_force} texts in force (Art. 16)."))
    return items
