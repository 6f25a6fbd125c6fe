"""tools/icu_subset.py: the smaller ICU data library of the Linux bundle (build.spec).

A synthetic ICU common data package checks the reader and writer byte by byte; PySide6's own
libicudata (Linux wheels ship it) checks that a rebuilt library holds the subset and that Qt,
loading it, still sorts, upper-cases and names time zones in Vietnamese as with the full data."""

from __future__ import annotations

import importlib.util
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest
from clients import require_program

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("icu_subset", ROOT / "tools" / "icu_subset.py")
assert _spec and _spec.loader
icu_subset = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(icu_subset)


def package(items: dict[str, bytes]) -> bytes:
    """An ICU common data package ("CmnD", little-endian) laid out as ICU's packager does."""
    header = bytearray(32)
    struct.pack_into("<HBB", header, 0, 32, 0xDA, 0x27)
    struct.pack_into("<HH4B4s4B4B", header, 4, 20, 0, 0, 0, 2, 0, b"CmnD", 1, 0, 0, 0, 73, 1, 0, 0)
    names = sorted(items)
    table = 4 + 8 * len(names)
    name_bytes = b"".join(n.encode() + b"\0" for n in names)
    first = table + len(name_bytes)
    first += -first % 16
    body, offsets, name_offsets, at = bytearray(), [], [], table
    for n in names:
        name_offsets.append(at)
        at += len(n) + 1
        offsets.append(first + len(body))
        body += items[n] + b"\0" * (-len(items[n]) % 16)
    out = bytearray(header) + struct.pack("<I", len(names))
    for no, o in zip(name_offsets, offsets, strict=True):
        out += struct.pack("<II", no, o)
    out += name_bytes
    out += b"\0" * (32 + first - len(out))
    return bytes(out + body)


ITEMS = {
    "icudt73l/root.res": b"root" * 10,
    "icudt73l/res_index.res": b"index",
    "icudt73l/pool.res": b"pool" * 7,
    "icudt73l/vi.res": b"tieng viet",
    "icudt73l/en_GB.res": b"british",
    "icudt73l/fr.res": b"francais",
    "icudt73l/zh_Hant_TW.res": b"taiwan",
    "icudt73l/gb18030.cnv": b"converter" * 100,
    "icudt73l/uprops.icu": b"properties",
    "icudt73l/coll/ucadata.icu": b"uca" * 30,
    "icudt73l/coll/vi.res": b"collation vi",
    "icudt73l/coll/ja.res": b"collation ja",
    "icudt73l/brkitr/word.brk": b"rules",
    "icudt73l/brkitr/cjdict.dict": b"dictionary" * 50,
    "icudt73l/translit/Any_Publishing.res": b"translit",
    "icudt73l/lang/en.res": b"english names",
    "icudt73l/lang/de.res": b"german names",
}


def test_the_subset_keeps_structure_and_vietnamese_and_english_only() -> None:
    kept = {name for name in ITEMS if icu_subset.wanted(name)}
    assert kept == {"icudt73l/root.res", "icudt73l/res_index.res", "icudt73l/pool.res", "icudt73l/vi.res",
                    "icudt73l/en_GB.res", "icudt73l/uprops.icu", "icudt73l/coll/ucadata.icu",
                    "icudt73l/coll/vi.res", "icudt73l/brkitr/word.brk", "icudt73l/lang/en.res"}


def test_a_subset_package_reads_back_item_for_item_in_order() -> None:
    full = package(ITEMS)
    small = icu_subset.subset(full)
    assert small[:32] == full[:32]          # the same header: format, version, charset
    header_size, items = icu_subset._items(small)
    assert header_size == 32
    names = [n for n, _ in items]
    assert names == sorted(n for n in ITEMS if icu_subset.wanted(n))      # ICU searches them by halves
    for name, body in items:
        assert body.rstrip(b"\0") == ITEMS[name]
    assert all(struct.unpack_from("<II", small, 32 + 4 + 8 * i)[1] % 16 == 0 for i in range(len(items)))
    # Keeping everything gives back the package itself.
    assert icu_subset.subset(full, keep=lambda _name: True) == full


def test_something_that_is_not_icu_data_is_refused() -> None:
    with pytest.raises(ValueError, match="ICU common data"):
        icu_subset.subset(b"\x20\x00\xda\x27" + b"\0" * 8 + b"ToCP" + b"\0" * 40)
    with pytest.raises(ValueError, match="ELF"):
        icu_subset._data_symbol(b"MZ" + b"\0" * 100)


def _pyside_icu() -> Path | None:
    import PySide6

    found = sorted((Path(PySide6.__file__).parent / "Qt" / "lib").glob("libicudata.so.*"))
    return found[0] if found else None


CHECK = """
import functools, json
import PySide6
from PySide6.QtCore import QCollator, QLocale, QTimeZone
words = ["Đà", "an", "anh", "ăn", "ân", "Bình", "đá", "Ấp", "ý", "yêu", "ư", "uy", "Ông", "ơn", "o", "dê"]
tz = QTimeZone(b"Asia/Ho_Chi_Minh")
print(json.dumps([
    PySide6.__file__,
    sorted(words, key=functools.cmp_to_key(QCollator(QLocale("vi_VN")).compare)),
    QLocale("vi_VN").toUpper("điều ưu tiên"),
    tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("vi")),
    tz.displayName(QTimeZone.TimeType.StandardTime, QTimeZone.NameType.LongName, QLocale("en")),
], ensure_ascii=False))
"""


@pytest.mark.skipif(sys.platform != "linux", reason="PySide6 ships ICU's data library on Linux only")
def test_qt_with_the_rebuilt_library_sorts_and_names_as_with_the_full_data(tmp_path: Path) -> None:
    # binutils: skipped on a plain machine without it, a failure under CI=true (.ci/run installs it)
    require_program("as")
    require_program("ld")
    import PySide6
    import shiboken6

    source = _pyside_icu()
    assert source is not None, "PySide6's Linux wheel ships libicudata"
    # A copy of PySide6 whose ICU data library is the rebuilt one.
    site = tmp_path / "site"
    shutil.copytree(Path(PySide6.__file__).parent, site / "PySide6", symlinks=True,
                    ignore=shutil.ignore_patterns("*.pyi", "qml", "translations", "examples"))
    shutil.copytree(Path(shiboken6.__file__).parent, site / "shiboken6", symlinks=True)
    target = site / "PySide6" / "Qt" / "lib" / source.name
    note = icu_subset.shrink_library(source, target)
    assert "-> 4." in note or "-> 5." in note, note
    assert target.stat().st_size < source.stat().st_size / 4

    def run(path: str) -> list[object]:
        r = subprocess.run([sys.executable, "-c", CHECK], env={"PYTHONPATH": path, "PATH": "/usr/bin:/bin",
                                                             "LANG": "C.UTF-8"},
                           capture_output=True, text=True, timeout=120, check=True)
        import json
        return list(json.loads(r.stdout))

    full = run("")
    small = run(str(site))
    assert Path(str(small[0])).is_relative_to(site) and not Path(str(full[0])).is_relative_to(site)
    assert small[1:] == full[1:]
    assert full[2] == "ĐIỀU ƯU TIÊN" and full[1][:4] == ["an", "anh", "ăn", "ân"]


def test_without_binutils_it_refuses_and_the_build_keeps_the_full_library(monkeypatch: pytest.MonkeyPatch,
                                                                           tmp_path: Path) -> None:
    monkeypatch.setattr(icu_subset.shutil, "which", lambda _name: None)
    with pytest.raises(OSError, match="binutils"):
        icu_subset.shrink_library(tmp_path / "libicudata.so.73", tmp_path / "out.so")
    assert not (tmp_path / "out.so").exists()
    # build.spec catches any failure of shrink_library and keeps the original file.
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert "shrink_library(Path(src), small)" in spec and "except Exception" in spec
