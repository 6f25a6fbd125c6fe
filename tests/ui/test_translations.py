"""Vietnamese is the default language: every string the window shows must have a finished translation.

Fails when a translations/dancoso_vi_*.ts has an unfinished or empty entry, when a tr() string in
ui/ (or app.py) is in no .ts file, when a translation drops a %1 placeholder, or when a compiled
.qm is missing or differs from what its .ts compiles to now.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.conftest import ROOT

TRANSLATIONS = ROOT / "translations"
PACKAGE = ROOT / "dancoso_desktop"
Entry = tuple[str, str]  # (context, source)


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    found = str(exe) if exe.exists() else shutil.which(f"pyside6-{name}")
    if not found:
        pytest.fail(f"pyside6-{name} is part of PySide6 and must be installed")
    return found


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for ctx in ET.parse(ts).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def _vi_files() -> list[Path]:
    return sorted(TRANSLATIONS.glob("dancoso_vi_*.ts"))


def test_there_are_vietnamese_translations() -> None:
    assert any(p.name == "dancoso_vi_core.ts" for p in _vi_files())


def test_no_unfinished_or_empty_translation() -> None:
    problems = []
    for ts in _vi_files():
        for ctx, source, msg in _messages(ts):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") \
                    or not (tr.text or "").strip():
                problems.append(f"{ts.name}: {ctx}: {source!r}")
    assert not problems, "unfinished Vietnamese translations:\n" + "\n".join(problems)


def test_placeholders_survive_translation() -> None:
    problems = []
    for ts in _vi_files():
        for ctx, source, msg in _messages(ts):
            text = msg.findtext("translation") or ""
            if sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", text)):
                problems.append(f"{ts.name}: {ctx}: {source!r} → {text!r}")
    assert not problems, "placeholders lost:\n" + "\n".join(problems)


def test_every_tr_string_in_the_window_code_is_translated(tmp_path: Path) -> None:
    sources = [*sorted(str(p) for p in (PACKAGE / "ui").rglob("*.py")), str(PACKAGE / "app.py")]
    extracted = tmp_path / "all.ts"
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(extracted)],
                   check=True, cwd=ROOT, capture_output=True, timeout=300)
    needed: set[Entry] = {(ctx, src) for ctx, src, _ in _messages(extracted)}
    translated: set[Entry] = set()
    for ts in _vi_files():
        for ctx, src, msg in _messages(ts):
            if (msg.findtext("translation") or "").strip():
                translated.add((ctx, src))
    missing = sorted(needed - translated)
    assert not missing, "tr() strings with no Vietnamese translation (run tools/i18n.py update/fill/compile):\n" \
        + "\n".join(f"{ctx}: {src!r}" for ctx, src in missing)


def test_every_qm_is_the_compile_of_its_ts(tmp_path: Path) -> None:
    stale = []
    for ts in _vi_files():
        qm = ts.with_suffix(".qm")
        if not qm.exists():
            stale.append(f"{qm.name} missing")
            continue
        fresh = tmp_path / qm.name
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(fresh)], check=True,
                       capture_output=True, timeout=120)
        if fresh.read_bytes() != qm.read_bytes():
            stale.append(f"{qm.name} differs from its .ts (run tools/i18n.py compile)")
    assert not stale, "\n".join(stale)
