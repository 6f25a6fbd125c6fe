"""The real plans in ../shared/fixtures/plans, as text and made into .docx and .pdf here,
read to their expected outlines, recipients, signer, place/date and reporting deadlines."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest
from clients import require_program

from benchmarks.bench_import import write_author_docx, write_rendered_pdf
from dancoso_desktop.services.plan_import import ImportResult, read_plan_file
from tests.conftest import SHARED_PLANS, shared_plans_missing

pytestmark = [shared_plans_missing, pytest.mark.fixtures]

SOURCES = ["binh-lu-2026.md", "cam-giang-2026.md", "diem-he-2026.txt"]


def expected(name: str) -> dict[str, Any]:
    return json.loads((SHARED_PLANS / (name.rsplit(".", 1)[0] + ".expected.json")).read_text(encoding="utf-8"))


def check(result: ImportResult, exp: dict[str, Any]) -> None:
    got: list[tuple[int, str, str]] = []

    def walk(sections, level):  # type: ignore[no-untyped-def]
        for s in sections:
            got.append((level, s.number, s.title))
            walk(s.children, level + 1)
    walk(result.plan.sections, 1)
    heads = exp["headings"]
    assert len(got) == len(heads), "no heading missed and none invented"
    for (level, number, title), want in zip(got, heads, strict=True):
        assert (level, number) == (want["level"], want["number"]), (title, want)
        assert title.startswith(want["starts"]), (title, want)
    plan = result.plan
    assert len(plan.recipients) == exp["recipients_count"]
    assert len(plan.footnotes) == exp["footnotes_count"]
    signer = exp["signer"]
    assert (plan.signer.authority, plan.signer.title, plan.signer.name) == (
        signer["authority"], signer["title"], signer["name"])
    assert plan.year == exp["year"]
    if exp.get("title"):
        assert plan.title == exp["title"]
    if exp.get("number"):
        assert plan.number == exp["number"]
    if "place_date" in exp:
        assert plan.place == exp["place_date"]["place"]
        assert (plan.date.isoformat() if plan.date else None) == exp["place_date"]["date"]
    kinds = [d["kind"] for d in plan.report_deadlines]
    assert kinds == [d["kind"] for d in exp["report_deadlines"]]
    for got_d, want_d in zip(plan.report_deadlines, exp["report_deadlines"], strict=True):
        due = want_d["due"]
        assert (got_d["date"] == due) if "-" in due else (got_d["due"] == due)
    # Footnotes are tied to the words that cite them: every superscript is in the text.
    body = " ".join(s.title + " " + s.text for s in plan.walk())
    for n in range(1, len(plan.footnotes) + 1):
        assert str(n).translate(str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")) in body


@pytest.fixture(scope="module")
def text_results() -> dict[str, ImportResult]:
    return {name: read_plan_file(SHARED_PLANS / name) for name in SOURCES}


@pytest.mark.parametrize("name", SOURCES)
def test_text_fixture(name: str, text_results: dict[str, ImportResult]) -> None:
    check(text_results[name], expected(name))


@pytest.mark.parametrize("name", SOURCES)
def test_docx_written_by_a_word_author(name: str, text_results: dict[str, ImportResult], tmp_path: Path) -> None:
    target = write_author_docx(text_results[name].plan, tmp_path / "plan.docx")
    result = read_plan_file(target)
    check(result, expected(name))
    assert not [n for n in result.warnings if "footnote" in n.en]


@pytest.mark.parametrize("name", SOURCES)
def test_pdf_rendered_from_it(name: str, text_results: dict[str, ImportResult], tmp_path: Path) -> None:
    target = write_rendered_pdf(text_results[name].plan, tmp_path / "plan.pdf")
    check(read_plan_file(target), expected(name))


@pytest.mark.libreoffice
def test_pdf_that_word_would_print(text_results: dict[str, ImportResult], tmp_path: Path) -> None:
    """The Word author's files printed to PDF by an office suite (no first-line indents)."""
    soffice = require_program("soffice")
    for name in SOURCES:
        docx_file = write_author_docx(text_results[name].plan, tmp_path / f"{name}.docx")
        subprocess.run([soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo",
                        "--convert-to", "pdf", "--outdir", str(tmp_path), str(docx_file)],
                       check=True, capture_output=True, timeout=180)
        check(read_plan_file(tmp_path / f"{name}.pdf"), expected(name))
