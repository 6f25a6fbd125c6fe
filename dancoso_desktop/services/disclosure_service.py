"""Recording disclosures: validate, copy the evidence into the data folder, store, recheck.

Each save is one unit of work: the evidence files are copied first (content-addressed, so a
failed save leaves at most an unused copy), then the record, its channels and its evidence rows
are written in one transaction, or nothing is.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, select, update
from sqlalchemy.orm import Session

from dancoso_desktop.domain.disclosure import (
    Catalogue,
    ChannelUse,
    DisclosureRecord,
    DisclosureStatus,
    Evidence,
    Scope,
    collation_string,
    problems_to_mask,
)
from dancoso_desktop.domain.disclosure_rules import due_date, posting_span, static_problems
from dancoso_desktop.domain.disclosure_validation import validate_record
from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.text import fold
from dancoso_desktop.domain.working_days import WorkingCalendar
from dancoso_desktop.services import commune_service
from dancoso_desktop.services.attachments import Attachment, attachment_path, store_attachment
from dancoso_desktop.services.calendar_service import CalendarService
from dancoso_desktop.services.disclosure_catalogue import load_catalogue
from dancoso_desktop.services.workspace import Workspace
from dancoso_desktop.storage.disclosure_tables import (
    DisclosureChannelRow,
    DisclosureEvidenceRow,
    DisclosureRow,
)
from dancoso_desktop.storage.tables import UnitRow

MAX_EVIDENCE_FILES = 50


def _not_found(record_id: int) -> ValidationError:
    return ValidationError(f"Không tìm thấy bản ghi công khai số {record_id}.",
                           f"Disclosure record {record_id} was not found.")


def _cached(cache: dict[tuple[str, str], str] | None, kind: str, text: str) -> str:
    if cache is None:
        return collation_string(text) if kind == "sort" else fold(text)
    key = (kind, text)
    value = cache.get(key)
    if value is None:
        value = cache[key] = collation_string(text) if kind == "sort" else fold(text)
    return value


def summary_columns(record: DisclosureRecord, catalogue: Catalogue, calendar: WorkingCalendar,
                    cache: dict[tuple[str, str], str] | None = None) -> dict[str, Any]:
    """The stored summaries of a cleaned record: what the register filters and sorts on.

    ``cache`` (bulk inserts) remembers folded and collation strings of repeated texts."""
    span = posting_span(record)
    ends = [u.end for u in record.channels if u.start is not None]
    mask = 0
    for use in record.channels:
        mask |= catalogue.channel_bit(use.channel)
    return {
        "year": record.year, "item": record.item, "title": record.title,
        "title_sort": _cached(cache, "sort", record.title),
        "search_key": " ".join(p for p in (_cached(cache, "fold", record.title),
                                           _cached(cache, "fold", record.source_document),
                                           _cached(cache, "fold", record.notes[:500])) if p),
        "source_document": record.source_document, "decided_on": record.decided_on,
        "planned_on": record.planned_on,
        "due_on": due_date(record, calendar, catalogue.deadline_working_days),
        "disclosed_on": record.disclosed_on, "posting_start": span.start,
        "posting_end": span.end,
        "last_end": None if (not ends or any(e is None for e in ends)) else max(e for e in ends if e),
        "permanent": span.any_posting and span.end is None, "channel_mask": mask,
        "unit_id": record.unit_id, "status": record.status.value,
        "problems": problems_to_mask(static_problems(catalogue, record, calendar)),
        "evidence_count": len(record.evidence), "notes": record.notes, "plan_key": record.plan_key,
        "updated_at": datetime.now(), "scope": Scope(record.scope).value,
    }


def _sql_value(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, bool):
        return int(value)
    return value


def _unit_usage(session: Session, unit_id: int) -> int:
    # A unit named on a disclosure cannot be deleted, only retired (architecture.md).
    return session.scalar(select(func.count()).select_from(DisclosureRow)
                          .where(DisclosureRow.unit_id == unit_id)) or 0


if _unit_usage not in commune_service.UNIT_USAGE_CHECKS:
    commune_service.UNIT_USAGE_CHECKS.append(_unit_usage)


class DisclosureService:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self.db = ws.db
        self.catalogue: Catalogue = load_catalogue(ws.data_dir)
        self.calendar_service = CalendarService(ws.db)

    def calendar(self, year: int | None = None) -> WorkingCalendar:
        return self.calendar_service.calendar(year)

    # -- reading ------------------------------------------------------------------------------
    def get(self, record_id: int) -> DisclosureRecord:
        with self.db.session() as s:
            row = s.get(DisclosureRow, record_id)
            if row is None:
                raise _not_found(record_id)
            return self._load(s, row)

    def _load(self, s: Session, row: DisclosureRow) -> DisclosureRecord:
        uses = s.scalars(select(DisclosureChannelRow).where(DisclosureChannelRow.disclosure_id == row.id)
                         .order_by(DisclosureChannelRow.position)).all()
        files = s.scalars(select(DisclosureEvidenceRow).where(DisclosureEvidenceRow.disclosure_id == row.id)
                          .order_by(DisclosureEvidenceRow.position)).all()
        unit_name = ""
        if row.unit_id is not None:
            unit = s.get(UnitRow, row.unit_id)
            unit_name = unit.name if unit else ""
        return DisclosureRecord(
            item=row.item, title=row.title, year=row.year, source_document=row.source_document,
            decided_on=row.decided_on, planned_on=row.planned_on,
            channels=[ChannelUse(u.channel, u.place, u.start, u.end) for u in uses],
            unit_id=row.unit_id, unit_name=unit_name, status=DisclosureStatus(row.status),
            evidence=[Evidence(f.sha256, f.original_name, f.size, f.suffix) for f in files],
            notes=row.notes, plan_key=row.plan_key, id=row.id, scope=Scope(row.scope))

    def records(self, year: int, scope: Scope | None = None) -> list[DisclosureRecord]:
        """Every record of a year with its channels (CLI, quarterly list); ordered by date.
        ``scope`` keeps only the public (Art. 11–14) or the internal (Art. 46–48) records."""
        with self.db.session() as s:
            q = select(DisclosureRow).where(DisclosureRow.year == year)
            if scope is not None:
                q = q.where(DisclosureRow.scope == Scope(scope).value)
            rows = s.scalars(q.order_by(func.coalesce(DisclosureRow.disclosed_on, DisclosureRow.due_on),
                                        DisclosureRow.id)).all()
            ids = [r.id for r in rows]
            uses: dict[int, list[ChannelUse]] = {i: [] for i in ids}
            files: dict[int, list[Evidence]] = {i: [] for i in ids}
            same = [DisclosureRow.year == year]
            if scope is not None:
                same.append(DisclosureRow.scope == Scope(scope).value)
            for u in s.execute(select(DisclosureChannelRow).join(DisclosureRow)
                               .where(*same)
                               .order_by(DisclosureChannelRow.disclosure_id, DisclosureChannelRow.position)
                               ).scalars():
                uses[u.disclosure_id].append(ChannelUse(u.channel, u.place, u.start, u.end))
            for f in s.execute(select(DisclosureEvidenceRow).join(DisclosureRow)
                               .where(*same)
                               .order_by(DisclosureEvidenceRow.disclosure_id, DisclosureEvidenceRow.position)
                               ).scalars():
                files[f.disclosure_id].append(Evidence(f.sha256, f.original_name, f.size, f.suffix))
            units = {u.id: u.name for u in s.scalars(select(UnitRow))}
            return [DisclosureRecord(
                item=r.item, title=r.title, year=r.year, source_document=r.source_document,
                decided_on=r.decided_on, planned_on=r.planned_on, channels=uses[r.id],
                unit_id=r.unit_id, unit_name=units.get(r.unit_id, "") if r.unit_id else "",
                status=DisclosureStatus(r.status), evidence=files[r.id], notes=r.notes,
                plan_key=r.plan_key, id=r.id, scope=Scope(r.scope)) for r in rows]

    def years(self) -> list[int]:
        with self.db.session() as s:
            return list(s.scalars(select(DisclosureRow.year).distinct().order_by(DisclosureRow.year)))

    # -- writing ------------------------------------------------------------------------------
    def save(self, record: DisclosureRecord, new_files: Sequence[Path] = ()) -> DisclosureRecord:
        """Validate and store ``record`` (new when id is None), adding ``new_files`` as evidence."""
        clean = validate_record(self.catalogue, record)
        if len(clean.evidence) + len(new_files) > MAX_EVIDENCE_FILES:
            raise ValidationError(f"Tối đa {MAX_EVIDENCE_FILES} tệp minh chứng cho một bản ghi.",
                                  f"At most {MAX_EVIDENCE_FILES} evidence files per record.", field="evidence")
        stored: list[Attachment] = [store_attachment(self.ws, Path(p)) for p in new_files]
        evidence = list(clean.evidence)
        known = {e.sha256 for e in evidence}
        for att in stored:
            if att.sha256 not in known:
                evidence.append(att.evidence())
                known.add(att.sha256)
        clean = replace(clean, evidence=evidence)
        columns = summary_columns(clean, self.catalogue, self.calendar(clean.year))
        with self.db.session() as s:
            if clean.unit_id is not None and s.get(UnitRow, clean.unit_id) is None:
                raise ValidationError("Đơn vị phụ trách không còn trong danh mục.",
                                      "The responsible unit is no longer in the catalogue.", field="unit_id")
            if clean.id is None:
                row = DisclosureRow(**columns)
                s.add(row)
            else:
                found = s.get(DisclosureRow, clean.id)
                if found is None:
                    raise _not_found(clean.id)
                row = found
                for key, value in columns.items():
                    setattr(row, key, value)
                s.execute(delete(DisclosureChannelRow).where(DisclosureChannelRow.disclosure_id == row.id))
                s.execute(delete(DisclosureEvidenceRow).where(DisclosureEvidenceRow.disclosure_id == row.id))
            s.flush()
            self._write_children(s, row.id, clean)
            clean = replace(clean, id=row.id)
            if clean.unit_id is not None and not clean.unit_name:
                unit = s.get(UnitRow, clean.unit_id)
                clean = replace(clean, unit_name=unit.name if unit else "")
        return clean

    @staticmethod
    def _write_children(s: Session, record_id: int, record: DisclosureRecord) -> None:
        if record.channels:
            s.execute(insert(DisclosureChannelRow), [
                {"disclosure_id": record_id, "position": i, "channel": u.channel, "place": u.place,
                 "start": u.start, "end": u.end} for i, u in enumerate(record.channels)])
        if record.evidence:
            s.execute(insert(DisclosureEvidenceRow), [
                {"disclosure_id": record_id, "position": i, "sha256": e.sha256,
                 "original_name": e.original_name, "size": e.size, "suffix": e.suffix}
                for i, e in enumerate(record.evidence)])

    def delete(self, record_id: int) -> DisclosureRecord:
        """Delete a record and return it (so undo can put it back)."""
        record = self.get(record_id)
        with self.db.session() as s:
            row = s.get(DisclosureRow, record_id)
            if row is not None:
                s.delete(row)
        return record

    def restore(self, record: DisclosureRecord) -> DisclosureRecord:
        """Put back a deleted record (undo), with its evidence already in the data folder."""
        return self.save(replace(record, id=None))

    def set_status(self, record_id: int, status: DisclosureStatus) -> DisclosureRecord:
        return self.save(replace(self.get(record_id), status=status))

    def evidence_path(self, evidence: Evidence) -> Path:
        return attachment_path(self.ws, Attachment(evidence.sha256, evidence.original_name,
                                                   evidence.size, evidence.suffix))

    def recheck(self, year: int | None = None) -> int:
        """Recompute the stored checks (after the calendar's day swaps changed); one
        transaction per year, only the rows whose checks or due date moved are written."""
        years = [year] if year is not None else self.years()
        changed = 0
        for y in years:
            calendar = self.calendar(y)
            updates = []
            stored = {}
            with self.db.session() as s:
                for rid, problems, due in s.execute(select(DisclosureRow.id, DisclosureRow.problems,
                                                           DisclosureRow.due_on).where(DisclosureRow.year == y)):
                    stored[rid] = (problems, due)
            for record in self.records(y):
                problems = problems_to_mask(static_problems(self.catalogue, record, calendar))
                due = due_date(record, calendar, self.catalogue.deadline_working_days)
                if record.id in stored and stored[record.id] != (problems, due):
                    updates.append({"rid": record.id, "problems": problems, "due": due})
            if updates:
                with self.db.session() as s:
                    table: Any = DisclosureRow.__table__
                    s.connection().execute(update(table).where(table.c.id == bindparam("rid"))
                                           .values(problems=bindparam("problems"), due_on=bindparam("due")),
                                           updates)
                changed += len(updates)
        return changed

    # -- bulk (demo data, imports) ------------------------------------------------------------
    def bulk_insert(self, records: Iterable[DisclosureRecord], *, validate: bool = True) -> int:
        """Insert many records in one transaction with executemany (demo --scale 100)."""
        count = 0
        cache: dict[tuple[str, str], str] = {}
        with self.db.session() as s:
            next_id = (s.scalar(select(func.max(DisclosureRow.id))) or 0) + 1
            main: list[dict[str, Any]] = []
            chans: list[dict[str, Any]] = []
            files: list[dict[str, Any]] = []
            for record in records:
                clean = validate_record(self.catalogue, record) if validate else record
                if len(cache) > 200_000:
                    cache.clear()
                cols = summary_columns(clean, self.catalogue, self.calendar(clean.year), cache)
                cols["id"] = next_id
                main.append(cols)
                chans.extend({"disclosure_id": next_id, "position": i, "channel": u.channel, "place": u.place,
                              "start": u.start, "end": u.end} for i, u in enumerate(clean.channels))
                files.extend({"disclosure_id": next_id, "position": i, "sha256": e.sha256,
                              "original_name": e.original_name, "size": e.size, "suffix": e.suffix}
                             for i, e in enumerate(clean.evidence))
                next_id += 1
                count += 1
                if len(main) >= 5000:
                    self._flush_bulk(s, main, chans, files)
            self._flush_bulk(s, main, chans, files)
            self.db.mark_changed()
        return count

    @staticmethod
    def _flush_bulk(s: Session, main: list, chans: list, files: list) -> None:
        # One executemany per table on the DBAPI cursor (inside the session's transaction):
        # demo --scale 100 inserts 100,000 records, and SQLAlchemy's per-row parameter
        # processing would cost more than SQLite itself. Values are stored the way the
        # SQLAlchemy SQLite types store them (ISO dates, 0/1 booleans).
        cursor = s.connection().connection.cursor()
        try:
            for cls, rows in ((DisclosureRow, main), (DisclosureChannelRow, chans),
                              (DisclosureEvidenceRow, files)):
                if not rows:
                    continue
                names = [c.name for c in cls.__table__.columns if c.name in rows[0]]
                columns = ", ".join('"' + n + '"' for n in names)
                marks = ", ".join("?" for _ in names)
                sql = f"INSERT INTO {cls.__tablename__} ({columns}) VALUES ({marks})"
                cursor.executemany(sql, [tuple(_sql_value(r[n]) for n in names) for r in rows])
        finally:
            cursor.close()
        main.clear()
        chans.clear()
        files.clear()

    def today(self) -> date:
        return date.today()
