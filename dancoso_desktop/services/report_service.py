"""Reports upward (issue 11): the reporting calendar, drafts, issuing and versions.

Every change is one transaction, checked first: a refused change (an empty outline, a 1 MB
text, a number already used, an issued report edited) leaves the database as it was. Issuing
freezes the content (figures, sentences, texts, annex) as JSON in the report's row; an issued
report is printed from that snapshot, never from the records again.
"""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import check_year
from dancoso_desktop.domain.report_doc import (
    DEFAULT_RECIPIENT,
    DEFAULT_REGIMES,
    CalendarEntry,
    OutlineSection,
    Regime,
    Report,
    ReportContent,
    ReportStatus,
    check_deadline,
    check_period,
    check_section_text,
    clean_outline,
    default_outline,
    default_title,
    format_number,
    outline_from_json,
    parse_number,
    pick_deadline,
    plan_deadlines,
    report_not_found,
)
from dancoso_desktop.domain.reporting import ReportKind, ReportPeriod
from dancoso_desktop.domain.text import clean_line, format_date
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.report_reader import REPORT_COLUMNS, report_from_record
from dancoso_desktop.storage.report_tables import (
    ReportCalendarRow,
    ReportRegimeRow,
    ReportRow,
    ReportTemplateRow,
)

MAX_LINE = 500


def _line(text: str | None, vi: str, en: str, field: str) -> str:
    value = clean_line(text)
    if len(value) > MAX_LINE:
        raise ValidationError(f"{vi} quá dài (tối đa {MAX_LINE} ký tự).", f"{en} is too long (at most {MAX_LINE}).",
                              field=field)
    return value


def _codes(codes: list[str]) -> list[str]:
    out = []
    for c in codes:
        code = clean_line(c)
        if not code or len(code) > 100:
            raise ValidationError(f"Mã chỉ tiêu không hợp lệ: “{code[:100]}”.", f"Invalid figure code: “{code[:100]}”.")
        if code not in out:
            out.append(code)
    return out


def not_found(report_id: int) -> ValidationError:
    return report_not_found(report_id)


def _kind(kind: str | ReportKind) -> ReportKind:
    try:
        return ReportKind(kind)
    except ValueError:
        raise ValidationError(f"Loại báo cáo “{kind}” không có (6m, 9m, year, adhoc).",
                              f"Unknown report kind “{kind}” (6m, 9m, year, adhoc).", field="kind") from None


def _locked(report: ReportRow) -> ValidationError:
    return ValidationError(
        f"Báo cáo {report.number or report.id} đã ban hành, không sửa được. Hãy tạo phiên bản mới để sửa.",
        f"Report {report.number or report.id} is issued and cannot be edited. Make a new version to change it.")


class ReportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    @staticmethod
    def today() -> date:
        return date.today()

    # ------------------------------------------------------------ regimes and calendar

    def regimes(self) -> list[Regime]:
        """The shipped regimes with the officer's province defaults applied."""
        with self.db.session() as s:
            edits = {r.code: r for r in s.scalars(select(ReportRegimeRow))}
        out = []
        for r in DEFAULT_REGIMES:
            e = edits.get(r.code)
            out.append(replace(r, deadline_month=e.deadline_month, deadline_day=e.deadline_day,
                               recipient=e.recipient or r.recipient) if e else r)
        return out

    def regime(self, code: str) -> Regime:
        for r in self.regimes():
            if r.code == code:
                return r
        raise ValidationError(f"Không có chế độ báo cáo “{code}”.", f"No reporting regime “{code}”.")

    def set_province_default(self, code: str, month: int, day: int, recipient: str | None = None) -> Regime:
        """The province's own deadline of a regime, for all years (issue 11 item 1)."""
        base = self.regime(code)
        try:
            date(2024, month, day)   # a leap year: 29/02 is a day a province may choose
        except (ValueError, TypeError):
            raise ValidationError(f"Ngày {day}/{month} không có trong năm.", f"{day}/{month} is not a day of the year.",
                                  field="deadline") from None
        rec = _line(recipient, "Nơi nhận", "Recipient", "recipient") if recipient is not None else None
        with self.db.session() as s:
            row = s.get(ReportRegimeRow, code) or ReportRegimeRow(code=code, recipient="")
            row.deadline_month, row.deadline_day = month, day
            if rec is not None:
                row.recipient = rec
            s.add(row)
        return replace(base, deadline_month=month, deadline_day=day, recipient=rec or base.recipient)

    def calendar(self, year: int) -> list[CalendarEntry]:
        """The year's duties: the commune's reports upward, the reports to the HĐND and the
        plan's own reporting lines, each with its deadline and where the deadline comes from.

        Recipient and preparer set for an earlier year carry forward (rolling a plan forward
        rolls its reporting lines, read here from the new plan, and the calendar with them)."""
        check_year(year)
        regimes = self.regimes()
        with self.db.session() as s:
            rows = list(s.scalars(select(ReportCalendarRow).where(ReportCalendarRow.year <= year)
                                  .order_by(ReportCalendarRow.year)))
            reports = list(s.scalars(select(ReportRow).where(ReportRow.year == year)
                                     .order_by(ReportRow.version)))
            from dancoso_desktop.storage.tables import PlanRow
            plan_json = s.scalar(select(PlanRow.report_deadlines).where(PlanRow.year == year))
        own = {r.regime: r for r in rows if r.year == year}
        carried: dict[str, ReportCalendarRow] = {}
        for r in rows:   # the latest earlier year's recipient and preparer
            carried[r.regime] = r
        lines = plan_deadlines(json.loads(plan_json or "[]"))
        upward = {d.kind: d.due for d in lines if d.kind is not None and not d.to_commune}
        entries: list[CalendarEntry] = []
        for g in regimes:
            period = ReportPeriod.default(year, g.kind) if g.kind else None
            mine = own.get(g.code)
            deadline, source = pick_deadline(mine.deadline if mine else None,
                                             upward.get(g.kind) if g.kind else None, g.default_deadline(year))
            last = carried.get(g.code)
            recipient = (last.recipient if last and last.recipient else "") or g.recipient
            preparer = last.preparer if last else ""
            latest = [r for r in reports if g.kind and r.kind == g.kind.value]
            rep = latest[-1] if latest else None
            entries.append(CalendarEntry(year, g.code, g.name, g.kind, period, deadline, source, recipient,
                                         preparer, g.internal, rep.id if rep else None,
                                         rep.status if rep else "", rep.number if rep else ""))
        for i, d in enumerate(lines):
            if d.to_commune:
                entries.append(CalendarEntry(
                    year, f"plan:{i}", f"Các đơn vị báo cáo {d.label} về UBND xã (theo kế hoạch)", d.kind,
                    ReportPeriod.default(year, d.kind) if d.kind else None, d.due, "plan",
                    "UBND xã (Văn phòng HĐND và UBND)", "", True))
        return sorted(entries, key=lambda e: (e.deadline, e.internal, e.name))

    def set_calendar(self, year: int, regime: str, *, deadline: date | None = None, recipient: str | None = None,
                     preparer: str | None = None, clear_deadline: bool = False) -> CalendarEntry:
        """What the officer sets for one duty of one year; the deadline must not precede the cut-off."""
        check_year(year)
        g = self.regime(regime)
        period = ReportPeriod.default(year, g.kind) if g.kind else None
        if deadline is not None:
            check_deadline(deadline, period)
        rec = _line(recipient, "Nơi nhận", "Recipient", "recipient") if recipient is not None else None
        prep = _line(preparer, "Người chuẩn bị", "Preparer", "preparer") if preparer is not None else None
        with self.db.session() as s:
            row = s.scalar(select(ReportCalendarRow).where(ReportCalendarRow.year == year,
                                                           ReportCalendarRow.regime == regime))
            if row is None:
                row = ReportCalendarRow(year=year, regime=regime, recipient="", preparer="")
                s.add(row)
            if deadline is not None or clear_deadline:
                row.deadline = deadline
            if rec is not None:
                row.recipient = rec
            if prep is not None:
                row.preparer = prep
        return next(e for e in self.calendar(year) if e.regime == regime)

    # ------------------------------------------------------------ reports

    @staticmethod
    def _report(row: ReportRow) -> Report:
        return report_from_record({c: getattr(row, c) for c in REPORT_COLUMNS})

    def _row(self, s: Session, report_id: int) -> ReportRow:
        row = s.get(ReportRow, report_id)
        if row is None:
            raise not_found(report_id)
        return row

    def get(self, report_id: int) -> Report:
        with self.db.session() as s:
            return self._report(self._row(s, report_id))

    def list_reports(self, year: int | None = None) -> list[Report]:
        with self.db.session() as s:
            q = select(ReportRow).order_by(ReportRow.year, ReportRow.period_end, ReportRow.kind, ReportRow.version)
            if year is not None:
                q = q.where(ReportRow.year == year)
            return [self._report(r) for r in s.scalars(q)]

    def template(self, kind: ReportKind | str) -> list[OutlineSection]:
        """The outline the officer saved for this kind, else the default of reporting.md §1.6."""
        return self._template(kind)[0]

    def _template(self, kind: ReportKind | str) -> tuple[list[OutlineSection], list[str]]:
        kind = _kind(kind)
        with self.db.session() as s:
            row = s.get(ReportTemplateRow, kind.value)
            saved = outline_from_json(json.loads(row.outline)) if row else []
            hidden = [str(c) for c in json.loads(row.annex_hidden or "[]")] if row else []
        return (saved or default_outline()), hidden

    def save_template(self, kind: ReportKind | str, outline: list[OutlineSection],
                      annex_hidden: list[str] | None = None) -> list[OutlineSection]:
        """Keep the headings (not the texts) and the annex rows left out, for this kind's next reports."""
        kind = _kind(kind)
        sections = [replace(x, text="") for x in clean_outline(outline)]   # the template carries headings only
        with self.db.session() as s:
            row = s.get(ReportTemplateRow, kind.value) or ReportTemplateRow(kind=kind.value)
            row.outline = json.dumps([x.to_json() for x in sections], ensure_ascii=False)
            row.annex_hidden = json.dumps(_codes(annex_hidden or []))
            s.add(row)
        return sections

    def set_annex_hidden(self, report_id: int, codes: list[str]) -> Report:
        """Which rows the annex leaves out (the province's biểu may ask for fewer rows)."""
        cleaned = _codes(codes)

        def change(row: ReportRow) -> None:
            row.annex_hidden = json.dumps(cleaned)
        return self._edit(report_id, change)

    def create(self, year: int, kind: ReportKind | str, start: date | None = None, end: date | None = None,
               *, title: str | None = None, recipient: str | None = None, preparer: str | None = None) -> Report:
        """A new draft with the kind's outline; the texts of the previous report of the same
        kind are offered again (issue 11 item 3)."""
        check_year(year)
        kind = _kind(kind)
        period = ReportPeriod.default(year, kind)
        start = start or period.start
        end = end or period.end
        check_period(start, end)
        if not (date(year - 1, 1, 1) <= end <= date(year + 1, 12, 31)):
            raise ValidationError(f"Kỳ báo cáo không thuộc năm {year}.", f"The period is not in {year}.",
                                  field="period")
        outline, hidden = self._template(kind)
        entry = next((e for e in self.calendar(year) if e.kind is kind and not e.internal), None)
        with self.db.session() as s:
            prev = s.scalar(select(ReportRow).where(ReportRow.kind == kind.value, ReportRow.period_end < end)
                            .order_by(ReportRow.period_end.desc(), ReportRow.version.desc()).limit(1))
            if prev is not None:
                texts = {x.key: x.text for x in outline_from_json(json.loads(prev.outline))}
                outline = [replace(x, text=texts.get(x.key, "")) for x in outline]
            row = ReportRow(
                year=year, kind=kind.value, period_start=start, period_end=end, version=1,
                status=ReportStatus.DRAFT.value,
                title=_line(title, "Trích yếu", "Summary", "title") or default_title(kind, year, start, end),
                recipient=_line(recipient, "Nơi nhận", "Recipient", "recipient")
                or (entry.recipient if entry else DEFAULT_RECIPIENT),
                preparer=_line(preparer, "Người chuẩn bị", "Preparer", "preparer") or (entry.preparer if entry else ""),
                outline=json.dumps([x.to_json() for x in clean_outline(outline)], ensure_ascii=False),
                annex_hidden=json.dumps(hidden), number="", sent_to="", signer_authority="", signer_title="", signer_name="",
                updated_at=datetime.now())
            s.add(row)
            s.flush()
            return self._report(row)

    def _edit(self, report_id: int, change: Any) -> Report:
        with self.db.session() as s:
            row = self._row(s, report_id)
            if row.status != ReportStatus.DRAFT.value:
                raise _locked(row)
            change(row)
            row.updated_at = datetime.now()
            s.flush()
            return self._report(row)

    def set_section_text(self, report_id: int, key: str, text: str) -> Report:
        def change(row: ReportRow) -> None:
            outline = outline_from_json(json.loads(row.outline))
            target = next((x for x in outline if x.key == key), None)
            if target is None:
                raise ValidationError(f"Báo cáo không có mục “{key}”.", f"The report has no section “{key}”.")
            target.text = check_section_text(text, target.title)
            row.outline = json.dumps([x.to_json() for x in outline], ensure_ascii=False)
        return self._edit(report_id, change)

    def set_outline(self, report_id: int, outline: list[OutlineSection]) -> Report:
        sections = clean_outline(outline)

        def change(row: ReportRow) -> None:
            row.outline = json.dumps([x.to_json() for x in sections], ensure_ascii=False)
        return self._edit(report_id, change)

    def set_details(self, report_id: int, *, title: str | None = None, recipient: str | None = None,
                    preparer: str | None = None, start: date | None = None, end: date | None = None) -> Report:
        t = _line(title, "Trích yếu", "Summary", "title") if title is not None else None
        if title is not None and not t:
            raise ValidationError("Trích yếu không được để trống.", "The summary must not be empty.", field="title")
        r = _line(recipient, "Nơi nhận", "Recipient", "recipient") if recipient is not None else None
        p = _line(preparer, "Người chuẩn bị", "Preparer", "preparer") if preparer is not None else None

        def change(row: ReportRow) -> None:
            if t is not None:
                row.title = t
            if r is not None:
                row.recipient = r
            if p is not None:
                row.preparer = p
            if start is not None or end is not None:
                check_period(start or row.period_start, end or row.period_end)
                row.period_start, row.period_end = start or row.period_start, end or row.period_end
        return self._edit(report_id, change)

    def delete(self, report_id: int) -> Report:
        with self.db.session() as s:
            row = self._row(s, report_id)
            if row.status != ReportStatus.DRAFT.value:
                raise _locked(row)
            report = self._report(row)
            s.delete(row)
            return report

    # ------------------------------------------------------------ content, issuing, versions

    def content(self, report_id: int) -> ReportContent:
        """What the report says: the frozen snapshot once issued, else built from the records now."""
        report = self.get(report_id)
        with self.db.session() as s:
            snapshot = self._row(s, report_id).snapshot
        if snapshot:
            return ReportContent.from_json(json.loads(snapshot))
        from dancoso_desktop.services.report_builder import build

        return build(self.db, report.outline, report.period, annex_hidden=report.annex_hidden)

    def next_serial(self, year: int) -> int:
        """The next number of the year's counter of reports (NĐ 30: numbers restart each year)."""
        with self.db.session() as s:
            used = s.scalar(select(func.max(ReportRow.serial)).where(
                ReportRow.serial.is_not(None), func.strftime("%Y", ReportRow.issued_on) == f"{year:04d}"))
        return (used or 0) + 1

    def issue(self, report_id: int, number: str | int | None, on: date, *, signer_authority: str | None = None,
              signer_title: str | None = None, signer_name: str | None = None) -> Report:
        """Draft → issued: the number of the year's counter, the date, the signer; the content is frozen."""
        if not isinstance(on, date):
            raise ValidationError("Hãy nhập ngày ban hành.", "Enter the date of issue.", field="date")
        serial = self.next_serial(on.year) if number in (None, "") else parse_number(str(number))
        report = self.get(report_id)
        if report.status is not ReportStatus.DRAFT:
            raise ValidationError(f"Báo cáo đã ban hành (số {report.number}), không ban hành lại được.",
                                  f"The report is already issued (no. {report.number}); it cannot be issued twice.")
        if on < report.period_end:
            raise ValidationError(
                f"Ngày ban hành ({format_date(on)}) trước ngày chốt số liệu ({format_date(report.period_end)}).",
                f"The date of issue ({on:%d/%m/%Y}) is before the cut-off ({report.period_end:%d/%m/%Y}).",
                field="date")
        content = self.content(report_id)   # built before the write transaction
        from dancoso_desktop.services.commune_service import CommuneService
        from dancoso_desktop.services.report_export import commune_head

        content.head = commune_head(self.db)

        commune = CommuneService(self.db).get_commune()
        with self.db.session() as s:
            row = self._row(s, report_id)
            if row.status != ReportStatus.DRAFT.value:
                raise _locked(row)
            clash = s.scalar(select(ReportRow.id).where(
                ReportRow.serial == serial, ReportRow.id != report_id,
                func.strftime("%Y", ReportRow.issued_on) == f"{on.year:04d}"))
            if clash is not None:
                raise ValidationError(
                    f"Số {format_number(serial)} đã dùng cho một báo cáo khác năm {on.year}.",
                    f"Number {format_number(serial)} is already used by another report of {on.year}.", field="number")
            row.status = ReportStatus.ISSUED.value
            row.serial = serial
            row.number = format_number(serial)
            row.issued_on = on
            row.signer_authority = _line(signer_authority, "Quyền hạn ký", "Signing authority", "signer") \
                if signer_authority is not None else (commune.signer_authority if commune else "TM. ỦY BAN NHÂN DÂN")
            row.signer_title = _line(signer_title, "Chức vụ người ký", "Signer title", "signer") \
                if signer_title is not None else (commune.signer_title if commune else "CHỦ TỊCH")
            row.signer_name = _line(signer_name, "Họ tên người ký", "Signer name", "signer") \
                if signer_name is not None else (commune.signer_name if commune else "")
            row.snapshot = json.dumps(content.to_json(), ensure_ascii=False)
            row.updated_at = datetime.now()
            s.flush()
            return self._report(row)

    def mark_sent(self, report_id: int, on: date, to: str = "") -> Report:
        with self.db.session() as s:
            row = self._row(s, report_id)
            if row.status == ReportStatus.DRAFT.value:
                raise ValidationError("Báo cáo chưa ban hành nên chưa gửi được.",
                                      "The report is not issued yet, so it cannot be sent.")
            if row.issued_on and on < row.issued_on:
                raise ValidationError("Ngày gửi trước ngày ban hành.", "The date sent is before the date of issue.",
                                      field="date")
            row.status = ReportStatus.SENT.value
            row.sent_on = on
            row.sent_to = _line(to, "Nơi nhận", "Recipient", "sent_to") or row.recipient
            return self._report(row)

    def new_version(self, report_id: int) -> Report:
        """A new draft from an issued report: same outline and texts, figures built again."""
        with self.db.session() as s:
            row = self._row(s, report_id)
            if row.status == ReportStatus.DRAFT.value:
                raise ValidationError("Báo cáo này còn là dự thảo: sửa trực tiếp, không cần phiên bản mới.",
                                      "This report is still a draft: edit it directly.")
            top = s.scalar(select(func.max(ReportRow.version)).where(
                ReportRow.year == row.year, ReportRow.kind == row.kind, ReportRow.period_end == row.period_end))
            new = ReportRow(year=row.year, kind=row.kind, period_start=row.period_start, period_end=row.period_end,
                            version=(top or row.version) + 1, status=ReportStatus.DRAFT.value, title=row.title,
                            recipient=row.recipient, preparer=row.preparer, outline=row.outline,
                            annex_hidden=row.annex_hidden, number="",
                            sent_to="", signer_authority="", signer_title="", signer_name="",
                            previous_id=row.id, updated_at=datetime.now())
            s.add(new)
            s.flush()
            return self._report(new)

    # ------------------------------------------------------------ JSON for the CLI

    def to_json(self, report: Report) -> dict[str, Any]:
        return {"id": report.id, "year": report.year, "kind": report.kind.value, "version": report.version,
                "status": report.status.value, "period_start": report.period_start.isoformat(),
                "period_end": report.period_end.isoformat(), "title": report.title, "recipient": report.recipient,
                "preparer": report.preparer, "number": report.number or None,
                "issued_on": report.issued_on.isoformat() if report.issued_on else None,
                "sent_on": report.sent_on.isoformat() if report.sent_on else None, "sent_to": report.sent_to}
