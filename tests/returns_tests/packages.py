"""A generator of realistic report packages of many communes (issue 14 item 6), for the tests and
benchmarks/bench_rollup.py. Province names are real (the 34 provinces since 01/07/2025); commune
names and every figure are invented. Packages are sealed with domain.report_package.dumps.
"""

from __future__ import annotations

import hashlib
import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from dancoso_desktop.domain.report_package import SCHEMA, SCHEMA_VERSION, dumps

PROVINCES = ("Hà Nội", "Huế", "Lai Châu", "Điện Biên", "Sơn La", "Lạng Sơn", "Quảng Ninh", "Thanh Hóa",
             "Nghệ An", "Hà Tĩnh", "Cao Bằng", "Tuyên Quang", "Lào Cai", "Thái Nguyên", "Phú Thọ", "Bắc Ninh",
             "Hưng Yên", "Hải Phòng", "Ninh Bình", "Quảng Trị", "Đà Nẵng", "Quảng Ngãi", "Gia Lai", "Khánh Hòa",
             "Lâm Đồng", "Đắk Lắk", "Hồ Chí Minh", "Đồng Nai", "Tây Ninh", "Cần Thơ", "Vĩnh Long", "Đồng Tháp",
             "Cà Mau", "An Giang")
_FIRST = ("Bình", "Hòa", "Tân", "Phú", "An", "Minh", "Thạnh", "Long", "Mường", "Nà", "Trung", "Đông", "Tây",
          "Quảng", "Hưng", "Vĩnh", "Xuân", "Thanh", "Hồng", "Kim")
_SECOND = ("Lư", "An", "Thịnh", "Lợi", "Phước", "Hòa", "Sơn", "Tiến", "Thành", "Lâm", "Hải", "Đức", "Mỹ", "Khánh",
           "Bình", "Lộc", "Nguyên", "Quang", "Tân", "Vinh", "So", "Tè", "Hưng", "Điền")

# (group, code, label, unit, typical maximum)
ANNEX: tuple[tuple[str, str, str, str, int], ...] = (
    ("I. Ban hành văn bản", "plan.documents", "Số văn bản chỉ đạo, kế hoạch ban hành", "văn bản", 12),
    ("I. Ban hành văn bản", "plan.sections", "Số nội dung của kế hoạch", "nội dung", 40),
    ("I. Ban hành văn bản", "plan.done", "Số nội dung đã hoàn thành", "nội dung", 30),
    ("I. Ban hành văn bản", "plan.late", "Số nội dung chậm tiến độ", "nội dung", 5),
    ("II. Công khai thông tin", "disclosures.total", "Số nội dung đã công khai", "nội dung", 80),
    ("II. Công khai thông tin", "disclosures.on_time", "Công khai đúng thời hạn", "nội dung", 70),
    ("II. Công khai thông tin", "disclosures.late", "Công khai chậm", "nội dung", 8),
    ("III. Nhân dân bàn và quyết định", "decisions.meetings", "Số cuộc họp cộng đồng dân cư", "cuộc", 60),
    ("III. Nhân dân bàn và quyết định", "decisions.ballots", "Số lần phát phiếu lấy ý kiến hộ gia đình", "lần", 10),
    ("III. Nhân dân bàn và quyết định", "decisions.households", "Số hộ gia đình tham gia", "hộ", 4000),
    ("IV. Nhân dân tham gia ý kiến", "comments.consultations", "Số nội dung lấy ý kiến Nhân dân", "nội dung", 15),
    ("IV. Nhân dân tham gia ý kiến", "comments.received", "Số ý kiến tiếp nhận", "ý kiến", 300),
    ("V. Nhân dân kiểm tra, giám sát", "supervise.dialogues", "Số hội nghị đối thoại", "cuộc", 6),
    ("V. Nhân dân kiểm tra, giám sát", "supervise.bttnd_cases", "Số vụ việc Ban TTND giám sát", "vụ việc", 20),
    ("V. Nhân dân kiểm tra, giám sát", "supervise.petitions", "Số đơn kiến nghị, phản ánh tiếp nhận", "đơn", 50),
    ("VI. Kiểm tra việc thực hiện", "inspections.count", "Số cuộc kiểm tra", "cuộc", 6),
    ("VI. Kiểm tra việc thực hiện", "inspections.recommendations", "Số kiến nghị sau kiểm tra", "kiến nghị", 15),
    ("VII. Báo cáo của các đơn vị", "returns.expected", "Số đơn vị phải báo cáo", "đơn vị", 25),
    ("VII. Báo cáo của các đơn vị", "returns.returned", "Số đơn vị đã báo cáo", "đơn vị", 25),
)
KIND_END = {"6m": (6, 14), "9m": (9, 14), "year": (12, 14)}


@dataclass
class Generated:
    path: Path
    payload: dict[str, Any]


def commune_names(n: int, rng: random.Random) -> list[tuple[str, str, str]]:
    """(name, province, code) of n distinct communes, spread over the provinces."""
    seen: set[tuple[str, str]] = set()
    out = []
    i = 0
    while len(out) < n:
        province = PROVINCES[i % len(PROVINCES)] if n > 200 else PROVINCES[2]
        name = f"Xã {rng.choice(_FIRST)} {rng.choice(_SECOND)}"
        if (name, province) in seen:
            name = f"{name} {len([k for k in seen if k[1] == province]) + 1}"
        if (name, province) not in seen:
            seen.add((name, province))
            out.append((name, province, f"{10000 + len(out):05d}"))
        i += 1
    return out


def make_payload(name: str, province: str, code: str | None, *, year: int, kind: str, version: int,
                 rng: random.Random, files: list[dict[str, Any]], created: datetime) -> dict[str, Any]:
    month, day = KIND_END[kind]
    quiet = rng.random() < 0.06           # a commune with nothing disclosed or inspected
    annex = []
    for group, c, label, unit, top in ANNEX:
        value = 0 if quiet and c.split(".")[0] in ("disclosures", "inspections") else rng.randint(0, top)
        annex.append({"group": group, "code": c, "label": label, "unit": unit, "value": value,
                      "previous": rng.randint(0, top)})
    return {
        "schema": SCHEMA, "schema_version": SCHEMA_VERSION, "generator": "dancoso_desktop 0.1.0",
        "created": created.isoformat(timespec="seconds"),
        "commune": {"name": name, "province": province, "code": code},
        "report": {"id": rng.randint(1, 50), "version": version, "kind": kind, "year": year,
                   "period_start": f"{year - 1}-12-15", "period_end": date(year, month, day).isoformat(),
                   "number": f"{rng.randint(1, 99):02d}/BC-UBND", "date": created.date().isoformat(),
                   "status": "sent",
                   "title": f"Báo cáo kết quả thực hiện dân chủ ở cơ sở {kind} năm {year}",
                   "recipient": f"Sở Nội vụ tỉnh {province}",
                   "signer": {"authority": "TM. ỦY BAN NHÂN DÂN", "title": "CHỦ TỊCH", "name": "Nguyễn Văn An"}},
        "sections": [{"number": "I", "title": "KẾT QUẢ THỰC HIỆN", "text": f"{name} đã triển khai kế hoạch.",
                      "slot": "plan"}],
        "figures": [{"code": a["code"], "label": a["label"], "value": a["value"], "unit": a["unit"], "records": []}
                    for a in annex],
        "annex": annex,
        "files": files,
    }


def write_package(folder: Path, name: str, province: str, code: str | None, *, year: int = 2026,
                  kind: str = "6m", version: int = 1, rng: random.Random | None = None,
                  created: datetime | None = None) -> Generated:
    rng = rng or random.Random(0)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for ext, size in (("pdf", 3000), ("docx", 2000), ("xlsx", 1500)):
        body = (f"%{ext} {name} {province} v{version} {kind} {year} ".encode() * (size // 40 + 1))[:size]
        fname = f"Bao cao {kind} {year}.{ext}"
        (folder / fname).write_bytes(body)
        files.append({"name": fname, "sha256": hashlib.sha256(body).hexdigest(), "bytes": len(body)})
    month, day = KIND_END[kind]
    created = created or datetime(year, month, day, 9, 0) + timedelta(days=rng.randint(0, 4))
    payload = make_payload(name, province, code, year=year, kind=kind, version=version, rng=rng, files=files,
                           created=created)
    text = dumps(payload)
    (folder / "report.json").write_text(text, encoding="utf-8")
    import json
    return Generated(folder, json.loads(text))


def generate(out: Path, n: int, *, year: int = 2026, kind: str = "6m", seed: int = 7) -> list[Generated]:
    """n packages in a folder tree out/<province>/<commune>/ ."""
    rng = random.Random(seed)
    result = []
    for name, province, code in commune_names(n, rng):
        result.append(write_package(out / province / name, name, province, code, year=year, kind=kind, rng=rng))
    return result
