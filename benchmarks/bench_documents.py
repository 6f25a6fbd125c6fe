"""Official documents (issue 3): the plan as PDF against LibreOffice, a 30-page plan, a big XLSX.

- `export plan --format pdf` of the demo plan, whole process, beside LibreOffice converting our
  DOCX of the same plan (`soffice --headless --convert-to pdf`), run alternately: ≤ half its time.
- A plan of about 30 pages rendered to PDF inside the process: ≤ 0.5 s.
- The XLSX of a 2,000-section plan: ≤ 1 s.
"""

from __future__ import annotations

import copy
import shutil
import subprocess
from pathlib import Path

from benchmarks.harness import Harness
from dancoso_desktop.documents.docx import render_docx
from dancoso_desktop.documents.pdf import render_pdf
from dancoso_desktop.domain.plan import Plan, PlanSection, Status, TimeFrame, TimeFrameKind
from dancoso_desktop.services.commune_service import CommuneService
from dancoso_desktop.services.plan_documents import plan_document, write_plan_xlsx
from dancoso_desktop.services.plan_service import PlanService
from dancoso_desktop.services.workspace import open_workspace


def _soffice_run(soffice: str, profile: Path, src: Path, out: Path) -> None:
    subprocess.run([soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
                    "--convert-to", "pdf", "--outdir", str(out), str(src)],
                   check=True, capture_output=True, timeout=300)


def _thirty_pages(plan: Plan, commune: object) -> tuple[Plan, int]:
    """The demo plan with its content repeated until the PDF has about 30 pages."""
    big = copy.deepcopy(plan)
    base = plan.sections
    k = 1
    while True:
        big.sections = [copy.deepcopy(s) for _ in range(k) for s in base]
        big.renumber()
        pages = render_pdf(plan_document(big, commune), _SCRATCH / "probe.pdf").pages  # type: ignore[arg-type]
        if pages >= 28 or k > 20:
            return big, pages
        k += 1


_SCRATCH = Path(".")


def _big_plan(n_sections: int = 2000) -> Plan:
    plan = Plan(2026, title="Thực hiện dân chủ ở cơ sở năm 2026", number="05/KH-UBND",
                issuing_body="ỦY BAN NHÂN DÂN XÃ BÌNH LƯ")
    groups = n_sections // 10
    plan.sections = [PlanSection(f"Nhóm nội dung {i + 1}", children=[
        PlanSection(f"Công khai nội dung số {i * 9 + j + 1} tại nhà văn hóa thôn và trên loa truyền thanh",
                    lead_unit="Văn phòng HĐND-UBND", coordinating_units=["Ủy ban MTTQ Việt Nam xã"],
                    timeframe=TimeFrame(TimeFrameKind.QUARTER, quarter=1 + j % 4),
                    status=Status.IN_PROGRESS, progress=j * 10, notes="Theo dõi hằng tháng")
        for j in range(9)]) for i in range(groups)]
    plan.renumber()
    return plan


def run(h: Harness) -> None:
    global _SCRATCH
    work = h.tmp("documents")
    _SCRATCH = work
    data = h.demo(2026, 1)
    ws = open_workspace(data)
    try:
        plan = PlanService(ws.db).get_plan(2026)
        commune = CommuneService(ws.db).get_commune()
    finally:
        ws.close()
    doc = plan_document(plan, commune)

    # 1. Whole process against LibreOffice, alternately, same plan.
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    ours: list[float] = []
    theirs: list[float] = []
    docx_path = work / "demo-plan.docx"
    render_docx(doc, docx_path)
    profile = work / "lo-profile"
    if soffice:
        _soffice_run(soffice, profile, docx_path, work / "lo")    # first start builds the profile
    floor: list[float] = []
    for _ in range(h.repeats):
        ours.append(h.cli("export", "plan", "--year", "2026", "--format", "pdf", "-o",
                          str(work / "demo-plan.pdf"), data_dir=data))
        if soffice:
            theirs += h.time(lambda: _soffice_run(soffice, profile, docx_path, work / "lo"), 1)
        floor.append(h.cli("plan", "list", data_dir=data))
    pages = render_pdf(doc, work / "probe.pdf").pages
    h.record("export plan --format pdf (whole process)", ours, target="≤ 0.5 × LibreOffice",
             reference="soffice --convert-to pdf of our DOCX" if soffice else "",
             reference_runs=theirs or None, max_ratio=0.5 if soffice else None,
             notes=f"demo plan, {pages} pages" + ("" if soffice else "; LibreOffice not installed"))

    h.record("plan list (a command that loads the ORM)", floor, target="info",
             notes="for comparison: `export plan` reads the data file without SQLAlchemy")

    # 2. About 30 pages, in process (fonts already registered, as in the running app).
    big, big_pages = _thirty_pages(plan, commune)
    target = work / "thirty.pdf"
    runs = h.time(lambda: render_pdf(plan_document(big, commune), target))
    h.record(f"{big_pages}-page plan PDF (in process)", runs, target="≤ 0.5 s", limit_s=0.5)

    runs = h.time(lambda: render_docx(plan_document(big, commune), work / "thirty.docx"))
    h.record(f"{big_pages}-page plan DOCX (in process)", runs, target="info")

    # 3. XLSX of a 2,000-section plan.
    sections = _big_plan(2000)
    n = sum(1 for _ in sections.walk())
    runs = h.time(lambda: write_plan_xlsx(sections, work / "big.xlsx"))
    h.record(f"XLSX of a {n}-section plan", runs, target="≤ 1 s", limit_s=1.0)
