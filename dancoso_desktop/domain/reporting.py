"""What every register gives a periodic report and the due list (issue 11's extension point).

A register (the plan, disclosures, inspections, citizens' decisions, supervision, returns…)
contributes to a report through one small interface (``services/report_sources.py``):

- ``Figure``: one number with the records it counts, e.g. "disclosure.on_time" = 41, with the
  41 ``RecordRef``s, so the officer can open the list before signing (issue 11 item 3);
- ``Statement``: a sentence an officer would write, placed in an outline ``slot``;
- ``AnnexRow``: a row of the statistics annex (Phụ lục số liệu), filled from a figure;
- ``DueItem``: something due or overdue for the start page "Việc cần làm" (issue 11 item 2).

Pure data: no SQLAlchemy, no Qt. The report builder only reads these; adding a register never
touches it. Cut-off rules: reporting.md §1.1 and §0.2 (NĐ 09/2019 Art. 12 as applied by
provinces: data from 15/12 of the previous year to 14/6, 14/9 or 14/12), domain.md §4.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date


class ReportKind(enum.StrEnum):
    """The periodic reports a commune sends upward (domain.md §4, reporting.md §1.1)."""

    SIX_MONTHS = "6m"
    NINE_MONTHS = "9m"
    YEAR = "year"
    ADHOC = "adhoc"     # đột xuất: the period is whatever the call for reports says

    @property
    def label_vi(self) -> str:
        return {"6m": "6 tháng", "9m": "9 tháng", "year": "năm", "adhoc": "đột xuất"}[self.value]

    @property
    def label_en(self) -> str:
        return {"6m": "6 months", "9m": "9 months", "year": "year", "adhoc": "ad hoc"}[self.value]


# Cut-off month and day of each periodic kind; the period opens on 15/12 of the previous year
# (reporting.md §1.1 table, §0.2: "từ 15/12 năm trước đến 14/6, 14/9, 14/12").
_CUTOFF = {ReportKind.SIX_MONTHS: (6, 14), ReportKind.NINE_MONTHS: (9, 14), ReportKind.YEAR: (12, 14)}


@dataclass(frozen=True)
class ReportPeriod:
    """The dates whose records a report counts, both ends included."""

    year: int
    kind: ReportKind
    start: date
    end: date

    @classmethod
    def default(cls, year: int, kind: ReportKind) -> ReportPeriod:
        """The default cut-off window of a periodic report of ``year`` (reporting.md §1.1).

        An ad-hoc report has no rule; its default is the calendar year so far, to be edited.
        """
        if kind is ReportKind.ADHOC:
            return cls(year, kind, date(year, 1, 1), date(year, 12, 31))
        month, day = _CUTOFF[kind]
        return cls(year, kind, date(year - 1, 12, 15), date(year, month, day))

    def contains(self, day: date | None) -> bool:
        return day is not None and self.start <= day <= self.end

    def same_period_last_year(self) -> ReportPeriod:
        """The comparison column of the annex ("cùng kỳ năm trước", issue 11 item 5)."""
        return ReportPeriod(self.year - 1, self.kind, _shift_year(self.start, -1), _shift_year(self.end, -1))


def _shift_year(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year + years)
    except ValueError:   # 29/02 → 28/02
        return day.replace(year=day.year + years, day=28)


@dataclass(frozen=True)
class RecordRef:
    """A record the window can open: ``kind`` names the register, ``id`` its row.

    Kinds in use: "plan_section", "disclosure", "inspection", "recommendation", "report";
    each new register adds its own (e.g. "decision", "consultation", "village_rule",
    "board_recommendation", "conference", "petition", "unit_return"). The window maps a kind
    to the page that shows it; an unknown kind is shown as text, never a crash.
    """

    kind: str
    id: int


@dataclass(frozen=True)
class Figure:
    """One computed number of a report.

    ``code`` is stable and namespaced by the register ("plan.late", "disclosure.on_time"): the
    outline, the annex, the package JSON and the receiving office's roll-up find it by code.
    When ``records`` is not empty it lists exactly what ``value`` counts (tests check that
    ``value == len(records)``); a figure that is not a count (a percentage, a sum of households)
    leaves ``records`` empty or lists the records it was computed from and says so in ``note``.
    """

    code: str
    label_vi: str
    label_en: str
    value: int | float
    records: tuple[RecordRef, ...] = ()
    unit_vi: str = ""     # đơn vị tính as printed in the annex: "văn bản", "lượt", "%"
    note: str = ""

    def label(self, lang: str = "vi") -> str:
        return self.label_en if lang == "en" else self.label_vi


@dataclass(frozen=True)
class Statement:
    """A sentence for one outline slot, written as an officer would, with the figures it uses."""

    slot: str
    text_vi: str
    text_en: str = ""
    figures: tuple[str, ...] = ()

    def text(self, lang: str = "vi") -> str:
        return self.text_en if lang == "en" and self.text_en else self.text_vi


@dataclass(frozen=True)
class AnnexRow:
    """A row of the statistics annex: its group heading, a label and the figure that fills it.

    ``group`` is the Roman-numeral group of domain.md §4 / reporting.md §1.5 ("Công khai thông
    tin", "Kiểm tra"…); ``level`` indents a child row under the row before it.
    """

    group: str
    figure: str
    label_vi: str
    label_en: str = ""
    unit_vi: str = ""
    level: int = 0


@dataclass
class Contribution:
    """What one register gives one report period."""

    source: str
    figures: list[Figure] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    annex: list[AnnexRow] = field(default_factory=list)

    def figure(self, code: str) -> Figure | None:
        return next((f for f in self.figures if f.code == code), None)


@dataclass(frozen=True)
class DueItem:
    """One thing due, for the start page and the `dancoso due` list.

    ``category`` groups the list ("report", "plan", "disclosure", "recommendation", "decision"…);
    ``due`` is the last day allowed; ``ref`` opens the record. ``done`` items are not listed.
    """

    source: str
    category: str
    title: str
    due: date
    ref: RecordRef | None = None
    note_vi: str = ""
    note_en: str = ""

    def overdue(self, today: date) -> bool:
        return self.due < today

    def days_left(self, today: date) -> int:
        return (self.due - today).days


# The slots of the default report outline (reporting.md §1.6, refining domain.md §4). A
# statement names its slot; the province's outline (issue 11 item 4) binds slots to headings,
# so a renamed or moved heading still receives its sentences. Free-text-only slots (assessment,
# tasks, proposals) receive no statements; the officer writes them.
SLOTS: tuple[tuple[str, str], ...] = (
    ("leadership.documents", "Ban hành văn bản chỉ đạo, kế hoạch"),
    ("leadership.propaganda", "Tuyên truyền, phổ biến, quán triệt"),
    ("leadership.organisation", "Kiện toàn tổ chức"),
    ("plan", "Tiến độ thực hiện kế hoạch"),
    ("disclosure", "Công khai thông tin"),
    ("decide", "Nhân dân bàn và quyết định"),
    ("decide.meeting", "Họp cộng đồng dân cư"),
    ("decide.ballot", "Phát phiếu lấy ý kiến hộ gia đình"),
    ("decide.online", "Biểu quyết trực tuyến"),
    ("decide.hamlet_head", "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố"),
    ("decide.village_rules", "Hương ước, quy ước"),
    ("comment", "Nhân dân tham gia ý kiến"),
    ("supervise", "Nhân dân kiểm tra, giám sát"),
    ("supervise.dialogue", "Hội nghị đối thoại"),
    ("supervise.year_end", "Hội nghị định kỳ của cộng đồng dân cư"),
    ("supervise.bttnd", "Ban Thanh tra nhân dân"),
    ("supervise.bgsdtcd", "Ban Giám sát đầu tư của cộng đồng"),
    ("supervise.petitions", "Tiếp công dân, giải quyết kiến nghị, phản ánh, khiếu nại, tố cáo"),
    ("internal", "Thực hiện dân chủ trong cơ quan"),
    ("internal.disclosure", "Công khai nội bộ"),
    ("internal.staff_conference", "Hội nghị cán bộ, công chức, viên chức, người lao động"),
    ("internal.bttnd", "Ban Thanh tra nhân dân cơ quan"),
    ("inspection", "Công tác kiểm tra việc thực hiện"),
    ("returns", "Tình hình báo cáo của các đơn vị"),
    ("assessment.strengths", "Ưu điểm"),
    ("assessment.limits", "Hạn chế, tồn tại"),
    ("assessment.causes", "Nguyên nhân"),
    ("next_tasks", "Phương hướng, nhiệm vụ kỳ tới"),
    ("proposals", "Đề xuất, kiến nghị"),
)

SLOT_KEYS = frozenset(key for key, _ in SLOTS)
