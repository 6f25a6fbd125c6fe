"""Inspections (kiểm tra) of the commune's own units: plan entries, checklists, records.

Every commune plan asks the culture and society department to check how each department and
public unit carries out democracy (Law 10/2022 Ch. III, domain.md §1 (g)); the record keeps
the criteria inspected, what was found and the recommendations followed up until done.
Plain data and pure rules only: no I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from dancoso_desktop.domain.evidence import Evidence


class CriterionResult(StrEnum):
    MET = "met"
    NOT_MET = "not_met"
    NOT_APPLICABLE = "not_applicable"


RESULT_VI = {CriterionResult.MET: "Đạt", CriterionResult.NOT_MET: "Chưa đạt",
             CriterionResult.NOT_APPLICABLE: "Không áp dụng"}
RESULT_EN = {CriterionResult.MET: "Met", CriterionResult.NOT_MET: "Not met",
             CriterionResult.NOT_APPLICABLE: "Not applicable"}


class RecStatus(StrEnum):
    OPEN = "open"
    IN_PROGRESS = "in_progress"
    DONE = "done"


REC_STATUS_VI = {RecStatus.OPEN: "Chưa thực hiện", RecStatus.IN_PROGRESS: "Đang thực hiện",
                 RecStatus.DONE: "Đã hoàn thành"}
REC_STATUS_EN = {RecStatus.OPEN: "Open", RecStatus.IN_PROGRESS: "In progress", RecStatus.DONE: "Done"}


class TeamRole(StrEnum):
    LEADER = "leader"          # Trưởng đoàn: signs the minutes (NĐ 30 PL III template 1.9)
    DEPUTY = "deputy"
    MEMBER = "member"
    SECRETARY = "secretary"    # Thư ký: writes the minutes


TEAM_ROLE_VI = {TeamRole.LEADER: "Trưởng đoàn", TeamRole.DEPUTY: "Phó Trưởng đoàn",
                TeamRole.MEMBER: "Thành viên", TeamRole.SECRETARY: "Thư ký"}


@dataclass
class ChecklistCriterion:
    """One thing checked: grouped, worded in our own words, with the article it rests on."""

    code: str                  # "QC1": stable within a template, used in the XLSX columns
    group: str                 # "Quy chế dân chủ"
    text: str
    article: str = ""          # "Điều 50, 51 Luật 10/2022/QH15"


@dataclass
class ChecklistTemplate:
    name: str
    criteria: list[ChecklistCriterion] = field(default_factory=list)
    is_standard: bool = False
    id: int | None = None

    def groups(self) -> list[str]:
        return list(dict.fromkeys(c.group for c in self.criteria))


@dataclass
class PlanEntry:
    """One line of the year's inspection plan: which unit, when, by which team."""

    year: int
    unit_id: int
    unit_name: str = ""
    quarter: int | None = None          # 1–4, or dates below
    start: date | None = None
    end: date | None = None
    team: str = ""                      # "Phòng Văn hóa - Xã hội (Trưởng đoàn), Văn phòng …"
    section_id: int | None = None       # the plan section that asks for it (nullable)
    note: str = ""
    id: int | None = None
    inspections: int = 0                # filled by the service: records made for this entry
    closed: int = 0

    def period(self) -> str:
        if self.start and self.end:
            return f"{self.start:%d/%m/%Y} – {self.end:%d/%m/%Y}"
        if self.quarter:
            return f"Quý {['I', 'II', 'III', 'IV'][self.quarter - 1]}"
        return ""


@dataclass
class TeamMember:
    name: str
    role: TeamRole = TeamRole.MEMBER
    position: str = ""                  # "Công chức Văn hóa - Xã hội"


@dataclass
class Representative:
    name: str
    position: str = ""                  # "Trưởng phòng"


@dataclass
class CriterionAnswer:
    code: str
    group: str
    text: str
    article: str = ""
    result: CriterionResult | None = None   # None: not answered yet
    evidence_note: str = ""                 # what was seen ("Quy chế số 12/QĐ-…")
    notes: str = ""
    files: list[Evidence] = field(default_factory=list)


@dataclass
class Recommendation:
    text: str
    unit_id: int | None = None
    unit_name: str = ""
    deadline: date | None = None
    status: RecStatus = RecStatus.OPEN
    done_on: date | None = None
    note: str = ""                      # how it was done (required to close)
    id: int | None = None
    # Filled when listed across inspections (follow-up view).
    inspection_id: int | None = None
    inspected_unit: str = ""
    inspection_date: date | None = None


@dataclass
class Inspection:
    year: int
    unit_id: int
    unit_name: str = ""
    plan_entry_id: int | None = None
    decision_number: str = ""           # "12/QĐ-UBND"
    decision_date: date | None = None
    start_date: date | None = None
    end_date: date | None = None
    start_time: str = ""                # "08 giờ 00" as the minutes print it
    end_time: str = ""
    place: str = ""
    team: list[TeamMember] = field(default_factory=list)
    representatives: list[Representative] = field(default_factory=list)
    answers: list[CriterionAnswer] = field(default_factory=list)
    findings: str = ""
    conclusion: str = ""
    recommendations: list[Recommendation] = field(default_factory=list)
    closed: bool = False
    id: int | None = None

    @property
    def leader(self) -> TeamMember | None:
        return next((m for m in self.team if m.role is TeamRole.LEADER), None)

    @property
    def secretary(self) -> TeamMember | None:
        return next((m for m in self.team if m.role is TeamRole.SECRETARY), None)

    def counts(self) -> dict[str, int]:
        out = {r.value: 0 for r in CriterionResult} | {"unanswered": 0}
        for a in self.answers:
            out[a.result.value if a.result else "unanswered"] += 1
        return out
