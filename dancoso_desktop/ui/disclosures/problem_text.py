"""How a failed legal check of a disclosure reads in the window, in the officer's language.

Both wordings and the articles are the domain's (domain/disclosure.py); this only chooses."""

from __future__ import annotations

from dancoso_desktop.domain.disclosure import (
    PROBLEM_ARTICLE,
    PROBLEM_ARTICLE_EN,
    PROBLEM_EN,
    PROBLEM_VI,
    Problem,
)
from dancoso_desktop.ui import i18n


def problem_line(problem: Problem) -> str:
    """'Công khai chậm (quá 5 ngày làm việc) (khoản 3 Điều 12 Luật 10/2022/QH15)'."""
    if i18n.language() == "en":
        return f"{PROBLEM_EN[problem]} ({PROBLEM_ARTICLE_EN[problem]}, Law 10/2022/QH15)"
    return f"{PROBLEM_VI[problem]} ({PROBLEM_ARTICLE[problem]} Luật 10/2022/QH15)"
