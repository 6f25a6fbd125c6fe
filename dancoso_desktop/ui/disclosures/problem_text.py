"""How a failed legal check of a disclosure reads in the window, in the officer's language.

The Vietnamese wording and the article come from the domain (domain/disclosure.py, the source
of truth for the law); the English names are for the English interface only."""

from __future__ import annotations

from dancoso_desktop.domain.disclosure import PROBLEM_ARTICLE, PROBLEM_VI, Problem
from dancoso_desktop.ui import i18n

PROBLEM_EN = {
    Problem.LATE: "Disclosed late (more than 5 working days)",
    Problem.POSTING_TOO_SHORT: "Posted for too short a time",
    Problem.RADIO_TOO_SHORT: "Broadcast on fewer than 3 days",
    Problem.NO_EVIDENCE: "No evidence",
    Problem.OVERDUE: "Overdue against the plan",
}

ARTICLE_EN = {
    Problem.LATE: "Art. 12(3)",
    Problem.POSTING_TOO_SHORT: "Art. 13(2)",
    Problem.RADIO_TOO_SHORT: "Art. 13(3)",
    Problem.NO_EVIDENCE: "Art. 13",
    Problem.OVERDUE: "Art. 14",
}


def problem_line(problem: Problem) -> str:
    """'Công khai chậm (quá 5 ngày làm việc) (khoản 3 Điều 12 Luật 10/2022/QH15)'."""
    if i18n.language() == "en":
        return f"{PROBLEM_EN[problem]} ({ARTICLE_EN[problem]}, Law 10/2022/QH15)"
    return f"{PROBLEM_VI[problem]} ({PROBLEM_ARTICLE[problem]} Luật 10/2022/QH15)"
