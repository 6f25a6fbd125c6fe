"""Translation files: one .ts per feature (translations/dancoso_vi_<feature>.ts), compiled .qm.

    python tools/i18n.py update FEATURE SOURCE.py [SOURCE.py …]   extract tr() strings (keeps translations)
    python tools/i18n.py fill FEATURE MAPPING.json                 set translations from {"source": "bản dịch"}
    python tools/i18n.py missing                                   list unfinished translations (exit 1 if any)
    python tools/i18n.py compile                                   build every .qm beside its .ts

Per-feature files keep each feature's strings apart; Qt loads one translator per .qm.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "translations"


def _tool(name: str) -> str:
    exe = Path(sys.executable).parent / f"pyside6-{name}"
    if exe.exists():
        return str(exe)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found; install PySide6-Essentials")
    return found


def ts_path(feature: str, lang: str = "vi") -> Path:
    return TRANSLATIONS / f"dancoso_{lang}_{feature}.ts"


def update(feature: str, sources: list[str]) -> None:
    target = ts_path(feature)
    subprocess.run([_tool("lupdate"), "-no-obsolete", "-locations", "none", *sources, "-ts", str(target)],
                   check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    tree = ET.parse(target)
    tree.getroot().set("language", "vi_VN")
    tree.write(target, encoding="utf-8", xml_declaration=True)


def entries(path: Path) -> list[tuple[str, str, ET.Element]]:
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            out.append((name, msg.findtext("source") or "", msg))
    return out


def fill(feature: str, mapping_file: str) -> None:
    mapping = json.loads(Path(mapping_file).read_text(encoding="utf-8"))
    target = ts_path(feature)
    tree = ET.parse(target)
    for msg in tree.getroot().iter("message"):
        source = msg.findtext("source") or ""
        if source in mapping:
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.text = mapping[source]
            tr.attrib.pop("type", None)
    tree.write(target, encoding="utf-8", xml_declaration=True)


def missing() -> list[str]:
    problems = []
    for ts in sorted(TRANSLATIONS.glob("dancoso_vi_*.ts")):
        for ctx, source, msg in entries(ts):
            tr = msg.find("translation")
            if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete") or not (tr.text or "").strip():
                problems.append(f"{ts.name}: {ctx}: {source!r}")
    return problems


def compile_all() -> None:
    for ts in sorted(TRANSLATIONS.glob("dancoso_*.ts")):
        subprocess.run([_tool("lrelease"), "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)


def main(argv: list[str]) -> int:
    if not argv:
        print(__doc__)
        return 2
    cmd, rest = argv[0], argv[1:]
    if cmd == "update" and len(rest) >= 2:
        update(rest[0], rest[1:])
    elif cmd == "fill" and len(rest) == 2:
        fill(rest[0], rest[1])
    elif cmd == "missing":
        problems = missing()
        print("\n".join(problems) or "all translated")
        return 1 if problems else 0
    elif cmd == "compile":
        compile_all()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
