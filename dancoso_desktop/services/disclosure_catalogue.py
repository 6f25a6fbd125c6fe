"""Loading the disclosure catalogues (Art. 11 contents, Art. 12.1 channels) from resources/.

A copy in the data folder's ``catalogues/`` wins over the shipped one, so an office can follow a
change in the law without a new release (domain.md §1 (h): the 2025 amendments are not captured).
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from dancoso_desktop import paths
from dancoso_desktop.domain.disclosure import Catalogue, catalogue_from_data
from dancoso_desktop.domain.errors import EnvironmentProblem

CONTENTS_FILE = "disclosure_contents.json"
CHANNELS_FILE = "disclosure_channels.json"
INTERNAL_FILE = "internal_disclosure_contents.json"   # Art. 46 (internal disclosure)


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
