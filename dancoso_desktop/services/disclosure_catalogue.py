"""Loading the disclosure catalogues (Art. 11 contents, Art. 12.1 channels) and the recurring
duties of the yearly disclosure plan (Art. 14) from resources/.

A copy in the data folder's ``catalogues/`` wins over the shipped one, so an office can follow a
change in the law without a new release (domain.md §1 (h): the 2025 amendments are not captured).
No SQLAlchemy here: the report's figures read the catalogues from a bare sqlite3 export too.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dancoso_desktop import paths
from dancoso_desktop.domain.disclosure import Catalogue, catalogue_from_data
from dancoso_desktop.domain.errors import EnvironmentProblem
from dancoso_desktop.domain.plan import check_year

CONTENTS_FILE = "disclosure_contents.json"
CHANNELS_FILE = "disclosure_channels.json"
INTERNAL_FILE = "internal_disclosure_contents.json"   # Art. 46 (internal disclosure)
RECURRING_FILE = "disclosure_recurring.json"          # Art. 14: the plan's recurring duties


def _read(name: str, data_dir: Path | None) -> dict:
    candidates = ([data_dir / "catalogues" / name] if data_dir else []) + [paths.resource("catalogues", name)]
    for path in candidates:
        if path.is_file():
            try:
                return json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise EnvironmentProblem(f"Không đọc được danh mục {path}: {exc}.",
                                         f"Cannot read the catalogue {path}: {exc}.") from exc
    raise EnvironmentProblem(f"Thiếu tệp danh mục {name}.", f"The catalogue file {name} is missing.")


@lru_cache(maxsize=8)
def load_catalogue(data_dir: Path | None = None) -> Catalogue:
    try:
        return catalogue_from_data(_read(CONTENTS_FILE, data_dir), _read(CHANNELS_FILE, data_dir),
                                   _read(INTERNAL_FILE, data_dir))
    except (KeyError, TypeError, ValueError) as exc:
        raise EnvironmentProblem(f"Danh mục công khai bị sửa sai: {exc}.",
                                 f"The disclosure catalogue is broken: {exc}.") from exc


@dataclass(frozen=True)
class Duty:
    key: str
    item: int
    title: str
    planned_on: date
    channels: tuple[str, ...]
    unit: str
    quarterly_list: int | None = None


def load_duties(year: int, data_dir: Path | None = None) -> list[Duty]:
    check_year(year)
    candidates: list[Path] = []
    if data_dir is not None:
        candidates.append(data_dir / "catalogues" / RECURRING_FILE)
    candidates.append(paths.resource("catalogues", RECURRING_FILE))
    for path in candidates:
        if path.is_file():
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
                return [Duty(str(d["key"]), int(d["item"]),
                             str(d["title"]).format(year=year, prev=year - 1),
                             date(year + int(d.get("year_offset", 0)), int(d["month"]), int(d["day"])),
                             tuple(d.get("channels", ())), str(d.get("unit", "")),
                             d.get("quarterly_list"))
                        for d in data["duties"]]
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise EnvironmentProblem(f"Danh mục nhiệm vụ công khai định kỳ bị lỗi: {exc}.",
                                         f"The recurring disclosure duties file is broken: {exc}.") from exc
    raise EnvironmentProblem(f"Thiếu tệp {RECURRING_FILE}.", f"{RECURRING_FILE} is missing.")
