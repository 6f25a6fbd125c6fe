"""What the conferences give a report and the due list (reporting.md §7.4 "Year-end
conferences", "Dialogue conferences", "Internal"; §7.3 deadlines).

Figures count the records dated inside the period (held_on for conferences, reviewed_on for
resolution reviews, the first disclosure day for internal disclosures). Codes are namespaced
"conferences.*" and never renamed once shipped.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from dancoso_desktop.domain.conference import (
    attendance,
    convocation_deadline,
    dialogue_due,
    year_end_due,
)
from dancoso_desktop.domain.reporting import (
    AnnexRow,
    Contribution,
    DueItem,
    Figure,
    RecordRef,
    ReportPeriod,
    Statement,
)
from dancoso_desktop.domain.staff_conference import (
    StaffConference,
    conference_deadline,
    held_on_time,
    is_optional,
    next_review_due,
    quorum_met,
    resolution_passed,
)
from dancoso_desktop.domain.text import format_date, format_number
from dancoso_desktop.services.conference_internal_disclosure import internal_in_period
from dancoso_desktop.storage import conference_reader
from dancoso_desktop.storage.rows import RowReader

if TYPE_CHECKING:
    from dancoso_desktop.storage.database import Database

SOURCE = "conferences"

YEAR_END_KIND = "conference"               # a hamlet's year-end conference
DIALOGUE_KIND = "dialogue_conference"
STAFF_KIND = "staff_conference"

_GROUP_SUPERVISE = "Nhân dân kiểm tra, giám sát"
_GROUP_INTERNAL = "Thực hiện dân chủ trong cơ quan"


def _code(name: str) -> str:
    return f"{SOURCE}.{name}"


def contribute(db: RowReader, period: ReportPeriod) -> Contribution:
    """Counted through ``db.rows`` only, with the register's own reads (storage.conference_reader)."""
    out = Contribution(SOURCE)
    between = (period.start.isoformat(), period.end.isoformat())

    # -- year-end conferences in the hamlets (Law Art. 33; NĐ 59 Art. 10–11) ------------------
    held = conference_reader.year_ends(db, "y.held_on >= ? AND y.held_on <= ?", between)
    hamlets = len(conference_reader.hamlet_statuses(db, period.end.year))
    refs = tuple(RecordRef(YEAR_END_KIND, c.id or 0) for c in held)
    reports = tuple(RecordRef(YEAR_END_KIND, c.id or 0) for c in held if c.report_received_on is not None)
    rates = [attendance(c.households_present, c.households_invited) for c in held if c.households_invited]
    avg = round(float(sum(rates) / len(rates)) * 100, 1) if rates else 0.0
    received = sum(c.proposals_received for c in held)
    answered = sum(c.proposals_answered for c in held)
    forwarded = sum(c.proposals_forwarded for c in held)
    out.figures += [
        Figure(_code("year_end_held"), "Số thôn, tổ dân phố đã tổ chức hội nghị cuối năm",
               "Hamlets that held their year-end conference", len(refs), refs, "thôn"),
        Figure(_code("hamlets"), "Tổng số thôn, tổ dân phố", "Hamlets", hamlets, (), "thôn",
               note="hamlets in the catalogue at the period's end"),
        Figure(_code("year_end_attendance_pct"), "Tỷ lệ hộ dự hội nghị bình quân",
               "Average household attendance", avg, (), "%", note="mean of present ÷ invited"),
        Figure(_code("year_end_proposals_received"), "Kiến nghị tại hội nghị cuối năm",
               "Proposals at year-end conferences", received, (), "kiến nghị", note="sum"),
        Figure(_code("year_end_proposals_answered"), "Kiến nghị được trả lời tại hội nghị",
               "Proposals answered on the spot", answered, (), "kiến nghị", note="sum"),
        Figure(_code("year_end_proposals_forwarded"), "Kiến nghị chuyển cấp xã giải quyết",
               "Proposals forwarded to the commune", forwarded, (), "kiến nghị", note="sum"),
        Figure(_code("year_end_reports_received"), "Báo cáo kết quả hội nghị đã nhận",
               "Result reports received", len(reports), reports, "báo cáo"),
    ]
    out.statements.append(Statement(
        "supervise.year_end",
        f"Có {len(refs)}/{hamlets} thôn, tổ dân phố tổ chức hội nghị định kỳ cuối năm của cộng đồng dân cư, "
        f"tỷ lệ hộ gia đình tham dự bình quân {format_number(avg, 1)}%; các hội nghị tiếp nhận {received} "
        f"kiến nghị, trả lời trực tiếp {answered}, chuyển cấp xã {forwarded}; đã nhận {len(reports)} báo cáo "
        "kết quả hội nghị.",
        f"{len(refs)} of {hamlets} hamlets held their year-end conference; average attendance {avg}%; "
        f"{received} proposals, {answered} answered, {forwarded} forwarded; {len(reports)} result reports.",
        (_code("year_end_held"), _code("hamlets"), _code("year_end_attendance_pct"))))

    # -- dialogue conferences (Law Art. 32) --------------------------------------------------------
    dialogues = conference_reader.dialogues(db, "held_on >= ? AND held_on <= ?", between)
    drefs = tuple(RecordRef(DIALOGUE_KIND, d.id or 0) for d in dialogues)
    questions = sum(len(d.questions) for d in dialogues)
    replied = sum(d.answered for d in dialogues)
    out.figures += [
        Figure(_code("dialogue_held"), "Hội nghị đối thoại giữa UBND xã với Nhân dân",
               "Dialogue conferences", len(drefs), drefs, "hội nghị"),
        Figure(_code("dialogue_questions"), "Ý kiến, câu hỏi tại hội nghị đối thoại", "Questions raised",
               questions, (), "ý kiến", note="sum"),
        Figure(_code("dialogue_answered"), "Ý kiến đã được trả lời", "Questions answered", replied, (),
               "ý kiến", note="sum"),
    ]
    if dialogues:
        days = ", ".join(format_date(d.held_on) for d in dialogues)
        text = (f"UBND xã tổ chức {len(dialogues)} hội nghị đối thoại với Nhân dân (ngày {days}); "
                f"{questions} ý kiến được nêu, {replied} ý kiến đã được trả lời.")
    else:
        text = "Trong kỳ, UBND xã chưa tổ chức hội nghị đối thoại với Nhân dân (Điều 32 yêu cầu ít nhất 01 lần/năm)."
    out.statements.append(Statement("supervise.dialogue", text,
                                    f"{len(dialogues)} dialogue conferences; {questions} questions, {replied} answered.",
                                    (_code("dialogue_held"),)))

    # -- the staff conference (Law Art. 50–52) ---------------------------------------------------
    staff = conference_reader.staff_conferences(db, "s.held_on >= ? AND s.held_on <= ?", between)
    srefs = tuple(RecordRef(STAFF_KIND, c.id or 0) for c in staff)
    on_time = tuple(RecordRef(STAFF_KIND, c.id or 0) for c in staff if held_on_time(c.work_year, c.held_on))
    quorate = tuple(RecordRef(STAFF_KIND, c.id or 0) for c in staff if quorum_met(c.staff_total, c.present))
    passed = tuple(RecordRef(STAFF_KIND, c.id or 0) for c in staff if resolution_passed(c.present, c.votes_for))
    # The reviews done in the period, of any conference, in the conferences' order then their own.
    review_refs = [RecordRef(STAFF_KIND, conf_id) for (conf_id,) in db.rows(
        "SELECT r.conference_id FROM staff_conference_reviews AS r "
        "JOIN staff_conferences AS s ON s.id = r.conference_id "
        "WHERE r.reviewed_on >= ? AND r.reviewed_on <= ? ORDER BY s.held_on, s.id, r.position, r.id", between)]
    admin = next((c for c in staff if c.unit_id is None), None)
    pct = round(_pct(admin.present, admin.votes_for), 2) if admin else 0.0
    out.figures += [
        Figure(_code("staff_held"), "Hội nghị cán bộ, công chức, viên chức và người lao động đã tổ chức",
               "Staff conferences held", len(srefs), srefs, "hội nghị"),
        Figure(_code("staff_on_time"), "Hội nghị tổ chức đúng hạn (trước 31/3)", "Held by 31 March",
               len(on_time), on_time, "hội nghị"),
        Figure(_code("staff_quorum_met"), "Hội nghị đủ 2/3 số người tham dự", "With the 2/3 quorum",
               len(quorate), quorate, "hội nghị"),
        Figure(_code("staff_resolution_passed"), "Nghị quyết được thông qua", "Resolutions adopted",
               len(passed), passed, "nghị quyết"),
        Figure(_code("staff_resolution_pct"), "Tỷ lệ tán thành nghị quyết của cơ quan UBND xã",
               "Approval of the administration's resolution", pct, (), "%", note="votes for ÷ present"),
        Figure(_code("staff_reviews_done"), "Lượt kiểm tra 6 tháng việc thực hiện nghị quyết",
               "6-month reviews of the resolution", len(review_refs), tuple(review_refs), "lượt"),
    ]
    if admin is not None:
        text = (f"Ngày {format_date(admin.held_on)}, {admin.unit_name} tổ chức Hội nghị cán bộ, công chức, viên chức "
                f"và người lao động tổng kết năm {admin.work_year} với {admin.present}/{admin.staff_total} người dự"
                f" ({'đủ' if quorum_met(admin.staff_total, admin.present) else 'không đủ'} 2/3); nghị quyết được "
                f"{admin.votes_for}/{admin.present} người dự tán thành ({format_number(pct, 2)}%)")
        text += "." if held_on_time(admin.work_year, admin.held_on) else ", chậm so với thời hạn 31/3."
        if len(staff) > 1:
            text += f" Có {len(staff) - 1} đơn vị sự nghiệp khác tổ chức hội nghị."
        text += f" Đã thực hiện {len(review_refs)} lượt kiểm tra việc thực hiện nghị quyết theo định kỳ 6 tháng."
    else:
        text = "Trong kỳ, cơ quan UBND xã chưa tổ chức Hội nghị cán bộ, công chức, viên chức và người lao động."
    out.statements.append(Statement("internal.staff_conference", text,
                                    f"{len(staff)} staff conferences; {len(review_refs)} 6-month reviews.",
                                    (_code("staff_held"), _code("staff_quorum_met"))))

    # -- internal disclosure (Art. 46–48) --------------------------------------------------------
    internal, posted = internal_in_period(db, period.start, period.end)
    out.figures += [
        Figure(_code("internal_disclosures"), "Nội dung công khai nội bộ", "Internal disclosures",
               len(internal), internal, "nội dung"),
        Figure(_code("internal_posted_20"), "Công khai nội bộ niêm yết đủ 20 ngày", "Posted for 20 days",
               len(posted), posted, "nội dung"),
    ]
    out.statements.append(Statement(
        "internal.disclosure",
        f"Cơ quan đã công khai nội bộ {len(internal)} nội dung theo Điều 46; {len(posted)} nội dung được "
        "niêm yết đủ 20 ngày liên tục (Điều 48).",
        f"{len(internal)} internal disclosures; {len(posted)} posted for 20 consecutive days.",
        (_code("internal_disclosures"), _code("internal_posted_20"))))

    out.annex += [
        AnnexRow(_GROUP_SUPERVISE, _code("year_end_held"), "Thôn, TDP tổ chức hội nghị cuối năm",
                 "Hamlets with a year-end conference", "thôn"),
        AnnexRow(_GROUP_SUPERVISE, _code("year_end_attendance_pct"), "Tỷ lệ hộ tham dự", "Attendance", "%", 1),
        AnnexRow(_GROUP_SUPERVISE, _code("year_end_proposals_received"), "Kiến nghị tiếp nhận", "Proposals",
                 "kiến nghị", 1),
        AnnexRow(_GROUP_SUPERVISE, _code("dialogue_held"), "Hội nghị đối thoại", "Dialogue conferences", "hội nghị"),
        AnnexRow(_GROUP_SUPERVISE, _code("dialogue_questions"), "Ý kiến tại hội nghị đối thoại", "Questions",
                 "ý kiến", 1),
        AnnexRow(_GROUP_INTERNAL, _code("staff_held"), "Hội nghị cán bộ, công chức, viên chức và người lao động",
                 "Staff conferences", "hội nghị"),
        AnnexRow(_GROUP_INTERNAL, _code("staff_resolution_pct"), "Tỷ lệ tán thành nghị quyết",
                 "Approval of the resolution", "%", 1),
        AnnexRow(_GROUP_INTERNAL, _code("staff_reviews_done"), "Kiểm tra 6 tháng thực hiện nghị quyết",
                 "6-month reviews", "lượt", 1),
        AnnexRow(_GROUP_INTERNAL, _code("internal_disclosures"), "Công khai nội bộ", "Internal disclosures",
                 "nội dung"),
    ]
    return out


def _pct(present: int, votes_for: int) -> float:
    return votes_for * 100 / present if present else 0.0


def due(db: Database, today: date, until: date) -> list[DueItem]:
    from dancoso_desktop.services.conference_service import ConferenceService
    from dancoso_desktop.services.staff_conference_service import StaffConferenceService

    items: list[DueItem] = []
    year = today.year
    staff_service = StaffConferenceService(db)
    conferences = staff_service.conferences()

    # The staff conference on last year, by 31/3 (Law Art. 51.1); optional where ≤ 7 staff.
    deadline = conference_deadline(year - 1)
    if deadline <= until:
        held_units = {c.unit_id for c in conferences if c.work_year == year - 1}
        for unit in staff_service.staff_units():
            if unit.unit_id in held_units:
                continue
            if unit.staff is not None and is_optional(unit.staff):
                continue
            if unit.unit_id is not None and unit.staff is None:
                continue    # a public unit whose staff count is not entered: not known to be due
            items.append(DueItem(SOURCE, "staff_conference",
                                 f"Hội nghị cán bộ, công chức năm {year} – {unit.name}", deadline, None,
                                 "Chậm nhất 03 tháng sau khi kết thúc năm công tác (khoản 1 Điều 51).",
                                 "No later than 3 months after the work year (Art. 51.1)."))

    # The 6-monthly review of the latest resolution of each unit (Art. 52.3).
    latest: dict[int | None, StaffConference] = {}
    for conf in sorted(conferences, key=lambda c: c.held_on):
        latest[conf.unit_id] = conf
    for conf in latest.values():
        nxt = next_review_due(conf)
        if nxt is not None and nxt <= until:
            items.append(DueItem(SOURCE, "staff_conference_review",
                                 f"Kiểm tra 6 tháng thực hiện nghị quyết hội nghị cán bộ – {conf.unit_name}",
                                 nxt, RecordRef(STAFF_KIND, conf.id or 0),
                                 "Định kỳ 06 tháng kiểm tra, đánh giá và thông báo đến toàn thể cán bộ "
                                 "(khoản 3 Điều 52).", "Every 6 months, checked and told to all staff (Art. 52.3)."))

    service = ConferenceService(db)
    statuses = service.hamlet_statuses(year)
    # Convocations of planned year-end conferences: ≥ 5 days before (NĐ 59 Art. 11.1.c).
    for st in statuses:
        c = st.conference
        if c is None or c.held_on is not None or c.planned_on is None or c.convocation_on is not None:
            continue
        if c.planned_on < today:
            continue
        due_day = convocation_deadline(c.planned_on)
        if due_day <= until:
            items.append(DueItem(SOURCE, "year_end_convocation",
                                 f"Triệu tập hội nghị cuối năm – {st.hamlet_name} (họp {format_date(c.planned_on)})",
                                 due_day, RecordRef(YEAR_END_KIND, c.id or 0),
                                 "Giấy triệu tập đến hộ gia đình ít nhất 05 ngày trước (NĐ 59 Điều 11).",
                                 "The convocation reaches households ≥ 5 days before (NĐ 59 Art. 11)."))
    # Missing year-end conferences, listed through December (Law Art. 33).
    due_year_end = year_end_due(year)
    if until >= date(year, 12, 1):
        for st in statuses:
            if st.held:
                continue
            ref = RecordRef(YEAR_END_KIND, st.conference.id or 0) if st.conference else None
            items.append(DueItem(SOURCE, "year_end_conference", f"Hội nghị cuối năm {year} – {st.hamlet_name}",
                                 due_year_end, ref, "Chưa tổ chức hội nghị định kỳ cuối năm (Điều 33).",
                                 "The year-end conference is not held yet (Art. 33)."))
        if not service.dialogues(year):
            items.append(DueItem(SOURCE, "dialogue_conference", f"Hội nghị đối thoại với Nhân dân năm {year}",
                                 dialogue_due(year), None, "Ít nhất 01 lần mỗi năm (Điều 32).",
                                 "At least once a year (Art. 32)."))
    return items
