"""The register XLSX as users run it (issue 15 item 4): the command reads the data file without
the ORM, `--all-years` reaches every year, both paths write the same rows through one row
builder, the sheet keeps its look, and the window's export shows progress and can be cancelled."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dancoso_desktop.services import register_export
from dancoso_desktop.services.disclosure_export import export_register_xlsx
from dancoso_desktop.services.disclosure_service import DisclosureService
from dancoso_desktop.services.workspace import open_workspace

TODAY = date(2026, 12, 31)


@pytest.fixture(autouse=True)
def _language_back() -> Iterator[None]:
    """`--lang en` sets the language of messages for the process: give it back."""
    from dancoso_desktop.domain.errors import current_language, set_language

    lang = current_language()
    yield
    set_language(lang)


def sheet_rows(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook

    book = load_workbook(path, read_only=True)
    try:
        return [list(r) for r in book.active.iter_rows(values_only=True)]
    finally:
        book.close()


def data_rows(path: Path) -> list[list[Any]]:
    rows = sheet_rows(path)
    at = next(i for i, r in enumerate(rows) if r[0] == "STT")
    return rows[at + 1:]


def test_the_command_never_loads_the_orm(demo_dir: Path, tmp_path: Path) -> None:
    code = ("import sys\nfrom dancoso_desktop.app import main\n"
            f"rc = main(['--data-dir', {str(demo_dir)!r}, 'export', 'disclosures', '--year', '2026', "
            f"'--format', 'xlsx', '-o', {str(tmp_path / 'r.xlsx')!r}])\n"
            "print(rc, 'sqlalchemy' in sys.modules, 'sqlalchemy.orm' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env={"PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen"})
    assert out.stdout.split()[-3:] == ["0", "False", "False"], out.stdout + out.stderr
    assert len(data_rows(tmp_path / "r.xlsx")) > 10


def test_all_years_from_the_command_line(cli, demo_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    import shutil

    from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord

    demo_dir = Path(shutil.copytree(demo_dir, tmp_path / "demo"))
    ws = open_workspace(demo_dir)
    try:
        DisclosureService(ws).save(DisclosureRecord(
            item=2, title="Dự toán ngân sách năm 2025", decided_on=date(2025, 1, 3),
            channels=[ChannelUse("posting", "Trụ sở", date(2025, 1, 6), date(2025, 2, 6))]))
        with ws.db.connect() as con:
            # the public register only: internal disclosures (Art. 46) are not printed for citizens
            total = con.exec_driver_sql("SELECT count(*) FROM disclosures WHERE scope = 'public'").scalar()
            years = con.exec_driver_sql("SELECT count(DISTINCT year) FROM disclosures").scalar()
    finally:
        ws.close()
    assert years == 2
    r = cli("export", "disclosures", "--all-years", "--format", "xlsx", "-o", str(tmp_path / "all.xlsx"),
            data=demo_dir, lang="en")
    assert r.code == 0, r.err
    assert r.out.strip() == f"Wrote {total} rows to {tmp_path / 'all.xlsx'}"
    rows = data_rows(tmp_path / "all.xlsx")
    assert len(rows) == total and [row[0] for row in rows] == list(range(1, total + 1))
    assert sheet_rows(tmp_path / "all.xlsx")[1][0] == "SỔ THEO DÕI CÔNG KHAI THÔNG TIN"   # no year in the title
    r = cli("export", "disclosures", "--all-years", "--format", "pdf", "-o", str(tmp_path / "all.pdf"),
            data=demo_dir, lang="en")
    assert r.code == 2 and "XLSX only" in r.err and not (tmp_path / "all.pdf").exists()
    r = cli("export", "disclosures", "--format", "xlsx", "-o", str(tmp_path / "x.xlsx"), data=demo_dir)
    assert r.code == 2       # --year or --all-years


def test_the_command_and_the_window_write_the_same_rows_and_the_same_look(demo_dir: Path, tmp_path: Path) -> None:
    from openpyxl import load_workbook

    cmd = tmp_path / "cmd.xlsx"
    win = tmp_path / "win.xlsx"
    assert register_export.export_register_from_folder(demo_dir, 2026, cmd, today=TODAY) > 0
    ws = open_workspace(demo_dir)
    try:
        export_register_xlsx(DisclosureService(ws), 2026, win, today=TODAY)
    finally:
        ws.close()
    assert sheet_rows(cmd) == sheet_rows(win)
    # The look: frozen header, print titles, widths, borders, Times New Roman, wrapped text, dates.
    book = load_workbook(cmd)
    sheet = book.active
    header_row = next(r for r in range(1, 8) if sheet.cell(r, 1).value == "STT")
    assert sheet.freeze_panes == f"A{header_row + 1}"
    assert sheet.print_title_rows == f"${header_row}:${header_row}"
    assert sheet.column_dimensions["D"].width > 40 and sheet.column_dimensions["A"].width < 10
    first = header_row + 1
    title, disclosed = sheet.cell(first, 4), sheet.cell(first, 7)
    assert title.font.name == "Times New Roman" and title.alignment.wrap_text
    assert title.border.left.style == "thin" and title.border.bottom.style == "thin"
    dated = next(sheet.cell(r, 7) for r in range(first, sheet.max_row + 1) if sheet.cell(r, 7).value)
    assert dated.number_format == "dd/mm/yyyy" and hasattr(dated.value, "year")
    assert disclosed.border.top.style == "thin"
    assert sheet.page_setup.orientation == "landscape" and sheet.auto_filter.ref


def test_one_row_builder_for_every_path() -> None:
    """The benchmark, the command and the window all build a row with RowBuilder."""
    import inspect

    from benchmarks import bench_disclosures
    from dancoso_desktop.services import disclosure_export

    assert not hasattr(disclosure_export, "register_values")
    assert "RowBuilder" in inspect.getsource(bench_disclosures)
    assert "RowBuilder" in inspect.getsource(register_export._write)


def test_the_window_export_shows_progress_and_can_be_cancelled(qtbot, demo_dir: Path, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    from dancoso_desktop.ui.disclosures.page import DisclosuresPage
    from dancoso_desktop.ui.widgets.task_runner import TaskCancelled

    monkeypatch.setattr(register_export, "PROGRESS_EVERY", 10)
    started: list[tuple[str, Callable[..., Any]]] = []
    ws = open_workspace(demo_dir)
    try:
        page = DisclosuresPage(ws, 2026, run_task=lambda title, fn, done: started.append((title, fn)))
        qtbot.addWidget(page)
        target = tmp_path / "so.xlsx"
        monkeypatch.setattr(DisclosuresPage, "ask_save_path", classmethod(lambda cls, *a: target))
        page.export_register("xlsx")
        title, work = started[-1]
        assert "register" in title.lower() or "sổ" in title.lower()
        seen: list[tuple[int, int, str]] = []
        n = work(lambda done, total, text="": seen.append((done, total, text)))
        assert target.is_file() and len(data_rows(target)) == n
        assert seen and all(total == n for _, total, _ in seen) and seen[0][0] == 10
        assert f"{seen[-1][0]}" in seen[-1][2]

        target.unlink()

        def cancel(done: int, total: int, text: str = "") -> None:
            raise TaskCancelled
        with pytest.raises(TaskCancelled):
            work(cancel)
        assert not target.exists() and not list(tmp_path.glob("*.part"))
    finally:
        ws.close()


def test_benchmark_run_fails_when_a_target_is_missed(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import benchmarks.__main__ as bench_main
    from benchmarks import harness

    class Fake:
        @staticmethod
        def run(h: harness.Harness) -> None:
            h.record("slow", [2.0], target="≤ 1 s", limit_s=1.0)

    monkeypatch.setattr(bench_main, "ROOT", tmp_path)
    (tmp_path / "benchmarks").mkdir()
    monkeypatch.setattr(bench_main.importlib, "import_module", lambda name: Fake)
    assert bench_main.main(["fake"]) == 1
    data = json.loads((tmp_path / "benchmarks" / "results.json").read_text(encoding="utf-8"))
    assert data["figures"][0]["passed"] is False


def test_the_undecorated_cell_writers_write_what_the_public_ones_do(demo_dir: Path, tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    from dancoso_desktop.documents import disclosure_register

    fast = tmp_path / "fast.xlsx"
    register_export.export_register_from_folder(demo_dir, 2026, fast, today=TODAY)
    monkeypatch.setattr(disclosure_register, "_cell_writers",
                        lambda ws: (ws.write_string, ws.write_number, ws.write_blank))
    public = tmp_path / "public.xlsx"
    register_export.export_register_from_folder(demo_dir, 2026, public, today=TODAY)
    assert sheet_rows(fast) == sheet_rows(public)
