"""The program a commune PC runs (issue 15 item 5): build the one-folder bundle with PyInstaller,
then run it from a folder outside the source tree with a clean environment — demo, the plan as
PDF, the register as XLSX, a screenshot of the window — and read back what it wrote.

The build takes minutes of CPU: it runs in CI (CI=true) or with DANCOSO_TEST_BUNDLE=1, and
installs PyInstaller (the `build` extra) into this environment when it is missing.
DANCOSO_BUNDLE_DIR=dist/dancoso tests a bundle built just before instead of building again."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# Issue 15's target, met on Linux (2026-12, PySide6 6.11, Python 3.11): 165 MB before this step,
# then one shared archive of the Python modules instead of one embedded in each program (-13.7 MB),
# ICU's data cut to what the program reaches (tools/icu_subset.py, 32.0 -> 4.5 MB), OpenSSL left
# out with _hashlib (-4.7 MB), Qt's unused image-format plug-ins and python-docx's unpacked template
# (-2.6 MB): about 117 MB. The README's build section keeps the figures.
MAX_UNPACKED_MB = 120

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.environ.get("CI") != "true" and os.environ.get("DANCOSO_TEST_BUNDLE") != "1",
                       reason="building the bundle takes minutes of CPU: run in CI (CI=true) or with "
                              "DANCOSO_TEST_BUNDLE=1"),
    pytest.mark.skipif(sys.platform != "linux", reason="the bundle test runs on Linux (CI); Windows builds "
                                                       "with the same spec by hand (README)"),
]


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    built = os.environ.get("DANCOSO_BUNDLE_DIR")   # a bundle built just before, from this tree
    if built:
        installed = tmp_path_factory.mktemp("program") / "dancoso"
        shutil.copytree(built, installed, symlinks=True)
        return installed
    if importlib.util.find_spec("PyInstaller") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "--disable-pip-version-check", "-q",
                        "pyinstaller>=6.0"], check=True)
    work = tmp_path_factory.mktemp("pyinstaller")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(work / "dist"), "--workpath", str(work / "build"), str(ROOT / "build.spec")],
                   cwd=ROOT, check=True, timeout=3600)
    # Run it from elsewhere: copied away from the source tree and the build folders.
    installed = tmp_path_factory.mktemp("program") / "dancoso"
    shutil.copytree(work / "dist" / "dancoso", installed, symlinks=True)
    shutil.rmtree(work, ignore_errors=True)
    return installed


def run(bundle: Path, cwd: Path, *args: str, program: str = "dancoso-cli") -> subprocess.CompletedProcess[str]:
    # A clean environment: no virtualenv, no PYTHONPATH, no source tree, a fresh home.
    env = {"PATH": "/usr/bin:/bin", "HOME": str(cwd / "home"), "LANG": "C.UTF-8", "QT_QPA_PLATFORM": "offscreen"}
    return subprocess.run([str(bundle / program), *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_bundle_is_small_and_holds_both_programs(bundle: Path) -> None:
    assert (bundle / "dancoso").is_file() and (bundle / "dancoso-cli").is_file()
    size_mb = folder_size(bundle) / 1e6
    assert size_mb <= MAX_UNPACKED_MB, f"{size_mb:.1f} MB unpacked"
    # The Python modules are in one shared archive, not embedded in each program.
    assert (bundle / "_internal" / "dancoso.pyz").stat().st_size > 5_000_000
    for program in ("dancoso", "dancoso-cli"):
        assert (bundle / program).stat().st_size < 1_000_000, program
    # ICU's data library is the subset (tools/icu_subset.py): binutils are there in CI.
    [icu] = [p for p in bundle.rglob("libicudata.so.*") if not p.is_symlink()]
    assert icu.stat().st_size < 8_000_000, f"ICU data not reduced: {icu.stat().st_size:,} bytes"
    names = [p.name for p in bundle.rglob("*")]
    for unused in ("libQt6Quick", "libQt6Qml", "libQt6Designer", "libQt6Pdf", "libQt6WebEngine", "libcrypto",
                   "libssl", "libqjpeg", "_hashlib"):
        assert not [n for n in names if n.startswith(unused)], unused
    assert not list(bundle.rglob("qml"))
    assert [n for n in names if n.startswith("libqxcb")] and [n for n in names if n.startswith("libqoffscreen")]


def test_both_programs_start_from_the_shared_archive(bundle: Path, tmp_path: Path) -> None:
    (tmp_path / "home").mkdir()
    for program in ("dancoso", "dancoso-cli"):
        r = run(bundle, tmp_path, "--version", program=program)
        assert r.returncode == 0 and r.stdout.startswith("dancoso_desktop "), (program, r.stderr)


def test_the_bundle_runs_the_commands_outside_the_source_tree(bundle: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook
    from pypdf import PdfReader

    (tmp_path / "home").mkdir()
    data = tmp_path / "data"
    r = run(bundle, tmp_path, "--version")
    assert r.returncode == 0 and r.stdout.strip(), r.stderr
    r = run(bundle, tmp_path, "--data-dir", str(data), "demo", "--year", "2026")
    assert r.returncode == 0, r.stderr
    pdf = tmp_path / "ke-hoach.pdf"
    r = run(bundle, tmp_path, "--data-dir", str(data), "export", "plan", "--year", "2026", "--format", "pdf",
            "-o", str(pdf))
    assert r.returncode == 0, r.stderr
    text = " ".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "KẾ HOẠCH" in text and "dân chủ ở cơ sở" in text
    xlsx = tmp_path / "so.xlsx"
    r = run(bundle, tmp_path, "--data-dir", str(data), "--lang", "en", "export", "disclosures", "--year", "2026",
            "--format", "xlsx", "-o", str(xlsx))
    assert r.returncode == 0, r.stderr
    rows = int(r.stdout.split()[1])
    book = load_workbook(xlsx, read_only=True)
    try:
        values = list(book.active.iter_rows(values_only=True))
    finally:
        book.close()
    assert rows > 0 and values[-1][0] == rows and any(v and v[0] == "STT" for v in values)
    png = tmp_path / "plan.png"
    r = run(bundle, tmp_path, "--data-dir", str(data), "screenshot", "--page", "plan", "-o", str(png))
    assert r.returncode == 0, r.stderr
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 10_000
    # Nothing was written into the program's folder.
    assert not [p for p in bundle.rglob("*") if p.suffix in (".sqlite", ".log")]


def test_the_bundle_imports_plans_and_writes_checked_packages(bundle: Path, tmp_path: Path) -> None:
    """The paths that need what the size work left out or cut: python-docx and pypdf reading (lxml,
    PIL), SHA-256 and HMAC without OpenSSL (report package, backup, the returns' forms)."""
    import hashlib
    import json

    (tmp_path / "home").mkdir()
    data = tmp_path / "data"
    assert run(bundle, tmp_path, "--data-dir", str(data), "demo", "--year", "2026").returncode == 0
    # The plan importer reads the bundle's own Word and PDF export of the demo plan.
    for fmt in ("docx", "pdf"):
        doc = tmp_path / f"plan.{fmt}"
        r = run(bundle, tmp_path, "--data-dir", str(data), "export", "plan", "--year", "2026", "--format", fmt,
                "-o", str(doc))
        assert r.returncode == 0, r.stderr
        r = run(bundle, tmp_path, "--data-dir", str(data), "import", "plan", "--dry-run", "--json", "--year", "2027",
                str(doc))
        assert r.returncode == 0, r.stderr
        plan = json.loads(r.stdout)
        assert plan["number"] == "14/KH-UBND" and len(plan["sections"]) >= 3, (fmt, plan["sections"][:1])
    # A report package: its manifest's SHA-256 of each file is the file's.
    r = run(bundle, tmp_path, "--data-dir", str(data), "report", "list", "--year", "2026", "--json")
    assert r.returncode == 0, r.stderr
    report_id = next(c["report_id"] for c in json.loads(r.stdout)["calendar"] if c["report_id"])
    r = run(bundle, tmp_path, "--data-dir", str(data), "export", "report", str(report_id), "--format", "package",
            "-o", str(tmp_path / "package"))
    assert r.returncode == 0, r.stderr
    [manifest] = (tmp_path / "package").rglob("report.json")
    files = json.loads(manifest.read_text(encoding="utf-8"))["files"]
    assert {f["name"].rsplit(".", 1)[1] for f in files} == {"pdf", "docx", "xlsx"}
    for f in files:
        assert hashlib.sha256((manifest.parent / f["name"]).read_bytes()).hexdigest() == f["sha256"], f["name"]
    # The second rendering process (services/render_worker.py) runs from the frozen program too:
    # given the package's report as a job, it writes the DOCX and the XLSX itself.
    payload = json.loads(manifest.read_text(encoding="utf-8"))
    assert payload["report"]["id"] == report_id
    job = tmp_path / "job.json"
    from dancoso_desktop.documents.report_document import ReportHead, head_to_json
    from dancoso_desktop.domain.report_doc import ReportContent

    head = ReportHead("ỦY BAN NHÂN DÂN XÃ HÒA AN", "Hòa An", "xã Hòa An", "Thử", "6 tháng", 2026,
                      date(2025, 12, 15), date(2026, 6, 14), "UBND tỉnh")
    job.write_text(json.dumps({"head": head_to_json(head), "content": ReportContent([], [], [], "").to_json(),
                               "jobs": [["docx", str(tmp_path / "w.docx")], ["xlsx", str(tmp_path / "w.xlsx")]]},
                              ensure_ascii=False), encoding="utf-8")
    r = run(bundle, tmp_path, "--render-worker", str(job))
    assert r.returncode == 0, r.stderr
    assert (tmp_path / "w.docx").stat().st_size > 5_000 and (tmp_path / "w.xlsx").stat().st_size > 3_000
    # A verified backup (it checks what it copied) and the returns' forms (HMAC-signed keys).
    r = run(bundle, tmp_path, "--data-dir", str(data), "backup", "-o", str(tmp_path / "b.sqlite"))
    assert r.returncode == 0 and (tmp_path / "b.sqlite").stat().st_size > 100_000, r.stderr
    r = run(bundle, tmp_path, "--data-dir", str(data), "returns", "forms", "--year", "2026", "--period", "6m",
            "-o", str(tmp_path / "forms"), "--json")
    assert r.returncode == 0, r.stderr
    forms = json.loads(r.stdout)["forms"]
    assert forms and all(Path(f["path"]).is_file() for f in forms)
    # Read back, each form's signed key (HMAC-SHA-256) checks out: "ok", not "foreign"/"tampered".
    r = run(bundle, tmp_path, "--data-dir", str(data), "import", "returns", "--dry-run", "--json",
            str(tmp_path / "forms"))
    assert r.returncode == 0, r.stderr
    states = [f["state"] for f in json.loads(r.stdout)["files"]]
    assert len(states) == len(forms) and set(states) == {"ok"}, states
