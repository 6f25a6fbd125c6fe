"""The package's DOCX and XLSX are written by a second process while the PDF is drawn
(services/render_worker.py): the files are the same as written in one process, and when the
worker fails or cannot start the package is still complete."""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from dancoso_desktop.services import render_worker, report_export
from dancoso_desktop.services.workspace import open_workspace


@pytest.fixture
def demo_copy(demo_dir: Path, tmp_path: Path) -> Path:
    target = tmp_path / "demo-copy"
    shutil.copytree(demo_dir, target, ignore=shutil.ignore_patterns("*.lock", "backups"))
    return target


def _package(data: Path, out: Path) -> report_export.Package:
    ws = open_workspace(data)
    try:
        return report_export.write_package(ws.db, 2, out)    # the demo's draft 9-month report
    finally:
        ws.close()


def _read(pkg: report_export.Package) -> tuple[list[str], list[tuple[object, ...]]]:
    [docx_file] = [p for p in pkg.files if p.suffix == ".docx"]
    [xlsx_file] = [p for p in pkg.files if p.suffix == ".xlsx"]
    paragraphs = [p.text for p in docx.Document(str(docx_file)).paragraphs]
    cells = list(load_workbook(xlsx_file).active.iter_rows(values_only=True))
    return paragraphs, cells


def test_the_worker_writes_what_one_process_writes(demo_copy: Path, tmp_path: Path,
                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    started: list[render_worker.Worker] = []
    real_start = render_worker.start

    def watched(payload):  # type: ignore[no-untyped-def]
        worker = real_start(payload)
        if worker is not None:
            started.append(worker)
        return worker

    monkeypatch.setattr(render_worker, "usable", lambda: True)
    monkeypatch.setattr(render_worker, "start", watched)
    two = _package(demo_copy, tmp_path / "two")
    assert started and started[0].proc.returncode == 0, "the worker ran and succeeded"
    assert not started[0].job.exists(), "the job file is removed"
    monkeypatch.setenv(render_worker.SERIAL_ENV, "1")
    monkeypatch.setattr(render_worker, "usable", lambda: False)
    one = _package(demo_copy, tmp_path / "one")
    assert _read(two) == _read(one)
    assert any("Phụ lục I" in t for t in _read(two)[0])


@pytest.mark.parametrize("broken", [
    [sys.executable, "-c", "import sys; sys.exit(3)"],          # starts, fails, writes nothing
    [str(Path("/nonexistent") / "dancoso-cli")],              # cannot start at all
])
def test_a_worker_that_fails_leaves_the_package_complete(demo_copy: Path, tmp_path: Path, broken: list[str],
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    jobs = tmp_path / "tmp"
    jobs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(jobs))     # where the job file goes
    monkeypatch.setattr(render_worker, "usable", lambda: True)
    monkeypatch.setattr(render_worker, "command", lambda: broken)
    pkg = _package(demo_copy, tmp_path / "out")
    assert {p.suffix for p in pkg.files} == {".pdf", ".docx", ".xlsx", ".json"}
    assert all(p.is_file() and p.stat().st_size > 1000 for p in pkg.files)
    paragraphs, cells = _read(pkg)
    assert "BÁO CÁO" in paragraphs and any(row[2] == "disclosures.total" for row in cells)
    assert not list(jobs.iterdir()), "no job file is left behind"


def test_a_package_that_fails_stops_its_worker(demo_copy: Path, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF cannot be written: the refusal reaches the officer, and no worker process or job
    file outlives the failed package."""
    from dancoso_desktop.documents import report_document
    from dancoso_desktop.domain.errors import EnvironmentProblem

    jobs = tmp_path / "tmp"
    jobs.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(jobs))
    monkeypatch.setattr(render_worker, "usable", lambda: True)
    started: list[render_worker.Worker] = []
    real_start = render_worker.start
    monkeypatch.setattr(render_worker, "start", lambda payload: started.append(real_start(payload)) or started[-1])

    def no_pdf(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(report_document, "render_pdf", no_pdf)
    with pytest.raises(EnvironmentProblem):
        _package(demo_copy, tmp_path / "out")
    assert started and started[0] is not None and started[0].proc.returncode is not None, "the worker was ended"
    assert not list(jobs.iterdir())
    assert not [p for p in (tmp_path / "out").iterdir() if p.suffix != ".part"], "no half package is left"
