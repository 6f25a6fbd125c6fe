"""Importing the communes' report packages at a receiving office (issue 14 item 4).

A package is a folder (or a .zip, or a folder inside a .zip) with ``report.json`` and the files
it lists. Each package is checked whole before anything is written: the JSON against its
versioned schema and checksum (``domain.report_package.loads``), every listed file present with
its size and SHA-256, the commune it names consistent with what the office already holds (a
commune code belongs to one commune; a report file's hash to one commune). A damaged, foreign,
duplicated, newer-schema or lying package is listed with its reason and skipped, never half
imported; the sound ones are stored in transactions of up to 500 packages (memory stays bounded
for a whole country's 3,321). A second version of a commune's report supersedes the first;
both are kept.
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import zipfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path, PurePosixPath
from typing import Any, cast

from sqlalchemy import Table, insert, select, update

from dancoso_desktop.domain.report_package import loads
from dancoso_desktop.domain.rollup import commune_key
from dancoso_desktop.domain.text import clean_line
from dancoso_desktop.storage.database import Database
from dancoso_desktop.storage.returns_tables import RollupCommuneRow, RollupPackageRow, RollupValueRow

MAX_JSON_BYTES = 5 * 1024 * 1024
MAX_ZIP_UNCOMPRESSED = 2 * 1024 * 1024 * 1024
MAX_ZIP_RATIO = 200
MAX_PACKAGE_FILE = 200 * 1024 * 1024
CHUNK = 500

# Group names, labels and units repeat in every package: clean each distinct text once.
_clean = functools.lru_cache(maxsize=4096)(clean_line)


@dataclass
class PackageResult:
    source: str
    state: str = "ok"            # ok | skipped
    code: str = ""               # why skipped: not_json foreign newer_schema checksum shape damaged duplicate lie
    reason_vi: str = ""
    reason_en: str = ""
    commune: str = ""
    province: str = ""
    kind: str = ""
    year: int | None = None
    version: int | None = None
    superseded: bool = False

    def skip(self, code: str, vi: str, en: str) -> None:
        self.state, self.code, self.reason_vi, self.reason_en = "skipped", code, vi, en

    def reason(self, lang: str = "vi") -> str:
        return self.reason_en if lang == "en" else self.reason_vi


@dataclass
class ImportReport:
    packages: list[PackageResult] = field(default_factory=list)

    @property
    def imported(self) -> list[PackageResult]:
        return [p for p in self.packages if p.state == "ok"]

    @property
    def skipped(self) -> list[PackageResult]:
        return [p for p in self.packages if p.state == "skipped"]


# -- finding packages ---------------------------------------------------------------------------

@dataclass
class _Found:
    source: str
    read_json: Callable[[], bytes]
    open_file: Callable[[str], bytes | None]   # a listed file's bytes, None when absent
    sizes: Callable[[str], int | None]


def _folder_package(folder: Path, label: str) -> _Found:
    def read_json() -> bytes:
        p = folder / "report.json"
        if p.stat().st_size > MAX_JSON_BYTES:
            raise ValueError("report.json too large")
        return p.read_bytes()

    def open_file(name: str) -> bytes | None:
        p = folder / name
        return p.read_bytes() if p.is_file() and p.stat().st_size <= MAX_PACKAGE_FILE else None

    def sizes(name: str) -> int | None:
        p = folder / name
        return p.stat().st_size if p.is_file() else None

    return _Found(label, read_json, open_file, sizes)


def _zip_packages(path: Path, label: str) -> Iterator[_Found | PackageResult]:
    try:
        zf = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError):
        res = PackageResult(label)
        res.skip("damaged", "Tệp .zip hỏng, không mở được.", "The .zip file is damaged and cannot be opened.")
        yield res
        return
    infos = {i.filename: i for i in zf.infolist()}
    total = sum(i.file_size for i in infos.values())
    if total > MAX_ZIP_UNCOMPRESSED or any(
            i.compress_size and i.file_size / i.compress_size > MAX_ZIP_RATIO and i.file_size > 1024 * 1024
            for i in infos.values()):
        res = PackageResult(label)
        res.skip("damaged", "Tệp .zip bất thường (có thể là «bom nén»); bỏ qua.",
                 "Abnormal .zip (possibly a zip bomb); skipped.")
        yield res
        return
    roots = sorted(str(PurePosixPath(n).parent) for n in infos if PurePosixPath(n).name == "report.json")
    if not roots:
        res = PackageResult(label)
        res.skip("foreign", "Tệp .zip không chứa gói báo cáo (không có report.json).",
                 "The .zip holds no report package (no report.json).")
        yield res
        return

    for root in roots:
        prefix = "" if root == "." else root + "/"

        def member(name: str, prefix: str = prefix) -> zipfile.ZipInfo | None:
            return infos.get(prefix + name)

        def read_json(prefix: str = prefix) -> bytes:
            info = infos[prefix + "report.json"]
            if info.file_size > MAX_JSON_BYTES:
                raise ValueError("report.json too large")
            return zf.read(info)

        def open_file(name: str, member: Callable[[str], zipfile.ZipInfo | None] = member) -> bytes | None:
            info = member(name)
            return zf.read(info) if info is not None and info.file_size <= MAX_PACKAGE_FILE else None

        def sizes(name: str, member: Callable[[str], zipfile.ZipInfo | None] = member) -> int | None:
            info = member(name)
            return info.file_size if info is not None else None

        yield _Found(f"{label}/{root}" if prefix else label, read_json, open_file, sizes)


def find_packages(paths: list[Path]) -> Iterator[_Found | PackageResult]:
    for path in paths:
        path = Path(path)
        if path.is_dir():
            for folder, dirs, files in os.walk(path):
                dirs.sort()
                here = Path(folder)
                if "report.json" in files:
                    yield _folder_package(here, str(here))
                for name in sorted(files):
                    if name.lower().endswith(".zip"):
                        yield from _zip_packages(here / name, str(here / name))
        elif path.suffix.lower() == ".zip":
            yield from _zip_packages(path, str(path))
        elif path.name == "report.json":
            yield _folder_package(path.parent, str(path.parent))
        else:
            res = PackageResult(str(path))
            res.skip("foreign", "Không phải gói báo cáo (thư mục, .zip hoặc report.json).",
                     "Not a report package (a folder, a .zip or a report.json).")
            yield res


# -- checking and storing ----------------------------------------------------------------------

def _check_files(found: _Found, payload: dict[str, Any]) -> tuple[str, str] | None:
    for f in payload["files"]:
        name = f["name"]
        size = found.sizes(name)
        if size is None:
            return (f"Thiếu tệp «{name}» mà report.json liệt kê.", f"The file “{name}” listed in report.json is missing.")
        if size != f["bytes"]:
            return (f"Tệp «{name}» sai dung lượng (hỏng hoặc bị sửa).", f"The file “{name}” has the wrong size (damaged or edited).")
        data = found.open_file(name)
        if data is None or hashlib.sha256(data).hexdigest() != f["sha256"]:
            return (f"Tệp «{name}» không khớp mã kiểm tra (hỏng hoặc bị sửa).",
                    f"The file “{name}” does not match its checksum (damaged or edited).")
    return None


def import_packages(db: Database, paths: list[Path], *, now: datetime | None = None, dry_run: bool = False,
                    progress: Callable[[int, int, str], None] | None = None) -> ImportReport:
    """Check every package; store the sound ones in one transaction (none with ``dry_run``)."""
    now = now or datetime.now()
    report = ImportReport()
    with db.session() as s:
        communes = {r.key: (r.id, r.name, r.code) for r in s.scalars(select(RollupCommuneRow))}
        by_code = {code: key for key, (_, _, code) in communes.items() if code}
        checksums = set(s.scalars(select(RollupPackageRow.checksum)))
        file_owner: dict[str, str] = {}
        id_to_key = {cid: key for key, (cid, _, _) in communes.items()}
        for cid, files in s.execute(select(RollupPackageRow.commune_id, RollupPackageRow.files)):
            for f in json.loads(files):
                file_owner[f["sha256"]] = id_to_key[cid]
    found_all = list(find_packages(paths))
    accepted: list[tuple[PackageResult, dict[str, Any], str]] = []
    for n, found in enumerate(found_all, start=1):
        if progress and n % 25 == 0:
            progress(n, len(found_all), "")
        if isinstance(found, PackageResult):
            report.packages.append(found)
            continue
        res = PackageResult(found.source)
        report.packages.append(res)
        try:
            raw = found.read_json()
        except (OSError, ValueError, zipfile.BadZipFile) as exc:
            res.skip("damaged", f"Không đọc được report.json ({exc}).", f"report.json cannot be read ({exc}).")
            continue
        payload, problems = loads(raw)
        if payload is None:
            p = problems[0]
            res.skip(p.code, p.vi, p.en)
            continue
        c, r = payload["commune"], payload["report"]
        res.commune, res.province = clean_line(c["name"]), clean_line(c["province"])
        res.kind, res.year, res.version = r["kind"], r["year"], r["version"]
        if payload["checksum"] in checksums:
            res.skip("duplicate", "Gói này đã được nhập trước đó (trùng lặp).", "This package was already imported (duplicate).")
            continue
        try:
            damaged = _check_files(found, payload)
        except (OSError, zipfile.BadZipFile) as exc:
            damaged = (f"Không đọc được tệp trong gói ({exc}).", f"A file of the package cannot be read ({exc}).")
        if damaged:
            res.skip("damaged", *damaged)
            continue
        key = commune_key(res.commune, res.province)
        code = clean_line(c.get("code") or "") or None
        lie = None
        if code and by_code.get(code, key) != key:
            other = by_code[code]
            lie = (f"report.json ghi «{res.commune}» nhưng mã xã {code} là của «{other.split('|')[-1]}» đã nhận trước đó.",
                   f"report.json says “{res.commune}” but commune code {code} belongs to “{other.split('|')[-1]}”, received before.")
        for f in payload["files"]:
            owner = file_owner.get(f["sha256"])
            if owner is not None and owner != key:
                lie = (f"report.json ghi «{res.commune}» nhưng tệp «{f['name']}» là báo cáo của xã khác đã nhận.",
                       f"report.json says “{res.commune}” but the file “{f['name']}” is another commune's report, received before.")
                break
        if lie:
            res.skip("lie", *lie)
            continue
        checksums.add(payload["checksum"])
        if code:
            by_code[code] = key
        for f in payload["files"]:
            file_owner[f["sha256"]] = key
        accepted.append((res, payload, raw.decode("utf-8") if isinstance(raw, bytes) else raw))
        if len(accepted) >= CHUNK and not dry_run:
            _store(db, accepted, now)      # each package whole; a chunk per transaction bounds memory
            accepted = []
    if not dry_run and accepted:
        _store(db, accepted, now)
    if progress:
        progress(len(found_all), len(found_all), "")
    return report


def _received(payload: dict[str, Any], now: datetime) -> datetime:
    """When the commune sent it: the package's creation time, never later than its import."""
    try:
        created = datetime.fromisoformat(payload["created"]).replace(tzinfo=None)
    except ValueError:
        return now
    return min(created, now)


def _store(db: Database, accepted: list[tuple[PackageResult, dict[str, Any], str]], now: datetime) -> None:
    with db.session() as s:
        communes = {r.key: r for r in s.scalars(select(RollupCommuneRow))}
        for res, payload, _ in accepted:
            key = commune_key(res.commune, res.province)
            row = communes.get(key)
            code = clean_line(payload["commune"].get("code") or "") or None
            if row is None:
                row = RollupCommuneRow(name=res.commune, province=res.province, code=code, key=key)
                s.add(row)
                communes[key] = row
            elif code and not row.code:
                row.code = code
        s.flush()
        package_rows: list[dict[str, Any]] = []
        for res, payload, raw in accepted:
            r = payload["report"]
            package_rows.append(dict(
                commune_id=communes[commune_key(res.commune, res.province)].id, kind=r["kind"], year=r["year"],
                period_start=date.fromisoformat(r["period_start"]), period_end=date.fromisoformat(r["period_end"]),
                report_id=r["id"], version=r["version"], number=clean_line(r.get("number") or "")[:100],
                report_date=date.fromisoformat(r["date"]) if r.get("date") else None, status=r["status"],
                checksum=payload["checksum"], received_at=_received(payload, now), source=res.source[:1000],
                superseded=False, files=json.dumps(payload["files"], ensure_ascii=False), payload=raw))
        table = cast(Table, RollupPackageRow.__table__)
        ids = list(s.scalars(insert(table).returning(table.c.id, sort_by_parameter_order=True), package_rows))
        values: list[dict[str, Any]] = []
        for pid, (_, payload, _) in zip(ids, accepted, strict=True):
            for pos, a in enumerate(payload["annex"]):
                values.append({"package_id": pid, "position": pos, "code": a["code"][:200],
                               "grp": _clean(a["group"])[:300], "label": _clean(a["label"]),
                               "unit": _clean(a["unit"])[:60], "value": float(a["value"])})
        if values:
            s.execute(insert(cast(Table, RollupValueRow.__table__)), values)   # Core executemany: no ORM per row
        # The latest version of each commune's report of a period counts; the others are kept.
        touched = {(communes[commune_key(res.commune, res.province)].id, p["report"]["kind"], p["report"]["year"])
                   for res, p, _ in accepted}
        best: dict[tuple[int, str, int], tuple[int, datetime, int]] = {}
        states: dict[int, tuple[int, str, int]] = {}
        for kind, year in {(k, y) for _, k, y in touched}:
            for pid, cid, version, at in s.execute(
                    select(RollupPackageRow.id, RollupPackageRow.commune_id, RollupPackageRow.version,
                           RollupPackageRow.received_at).where(RollupPackageRow.kind == kind, RollupPackageRow.year == year)):
                group = (cid, kind, year)
                if group not in touched:
                    continue
                states[pid] = group
                if group not in best or (version, at, pid) > best[group]:
                    best[group] = (version, at, pid)
        winners = {b[2] for b in best.values()}
        s.execute(update(RollupPackageRow), [{"id": pid, "superseded": pid not in winners} for pid in states])
        for pid, (res, _, _) in zip(ids, accepted, strict=True):
            res.superseded = pid not in winners
