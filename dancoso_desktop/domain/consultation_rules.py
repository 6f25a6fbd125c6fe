"""The legal checks of a consultation (Luật 10/2022/QH15 Art. 25–29), as small pure functions.

Days: the consultation period is counted in calendar days (reporting.md §0.7 and §7.3:
"≥20 C from publication", Law Art. 28.2). "From publication" follows the Civil Code's rule for
periods in days (BLDS 2015 Art. 147.1: the first day is not counted): published on 01/03, the
twentieth day is 21/03, so a consultation closing on 21/03 lasted 20 days and one closing on
20/03 only 19.
"""

from __future__ import annotations

from datetime import date, timedelta
from enum import StrEnum

from dancoso_desktop.domain.consultation import Consultation

MIN_PERIOD_DAYS = 20   # at least 20 days from publication, unless another law says otherwise (Art. 28.2)


class ConsultationProblem(StrEnum):
    """Codes of the failed checks (the JSON ``problems``); the order is the stored bit order."""

    PERIOD_TOO_SHORT = "period_too_short"            # < 20 days from publication (Art. 28.2)
    NO_PLAN_SENT = "no_plan_sent"                    # plan not sent to the HĐND and MTTQ (Art. 28.1)
    RESULT_BEFORE_CLOSE = "result_before_close"      # result published while opinions were still due
    RESULT_NOT_PUBLISHED = "result_not_published"    # closed, result not made public (Art. 11 item 11, 28.3)


STATIC_PROBLEMS = (ConsultationProblem.PERIOD_TOO_SHORT, ConsultationProblem.NO_PLAN_SENT,
                   ConsultationProblem.RESULT_BEFORE_CLOSE)

PROBLEM_VI = {
    ConsultationProblem.PERIOD_TOO_SHORT: "Thời gian lấy ý kiến dưới 20 ngày (khoản 2 Điều 28)",
    ConsultationProblem.NO_PLAN_SENT: "Chưa gửi kế hoạch tới HĐND, MTTQ xã (khoản 1 Điều 28)",
    ConsultationProblem.RESULT_BEFORE_CLOSE: "Công khai kết quả trước khi hết thời gian lấy ý kiến",
    ConsultationProblem.RESULT_NOT_PUBLISHED: "Đã hết hạn lấy ý kiến, chưa công khai kết quả (Điều 11, Điều 28)",
}
PROBLEM_EN = {
    ConsultationProblem.PERIOD_TOO_SHORT: "Consultation shorter than 20 days (Art. 28(2))",
    ConsultationProblem.NO_PLAN_SENT: "Plan not sent to the HĐND and MTTQ (Art. 28(1))",
    ConsultationProblem.RESULT_BEFORE_CLOSE: "Result published before the consultation closed",
    ConsultationProblem.RESULT_NOT_PUBLISHED: "Closed, result not published (Art. 11, Art. 28)",
}


def period_days(published_on: date, closes_on: date) -> int:
    """Days from publication to closing, the publication day not counted (BLDS Art. 147.1)."""
    return (closes_on - published_on).days


def period_long_enough(published_on: date, closes_on: date, minimum: int = MIN_PERIOD_DAYS) -> bool:
    """At least 20 days from publication (Law Art. 28.2): 20 passes, 19 fails."""
    return period_days(published_on, closes_on) >= minimum


def earliest_close(published_on: date, minimum: int = MIN_PERIOD_DAYS) -> date:
    """The first closing day the law allows (the form proposes it)."""
    return published_on + timedelta(days=minimum)


def is_open(c: Consultation, today: date) -> bool:
    return c.published_on is not None and c.closes_on is not None and c.published_on <= today <= c.closes_on


def static_problems(c: Consultation) -> list[ConsultationProblem]:
    """The checks that do not move with today's date (stored with the record)."""
    found = []
    if c.published_on and c.closes_on and not period_long_enough(c.published_on, c.closes_on):
        found.append(ConsultationProblem.PERIOD_TOO_SHORT)
    if c.plan_sent_on is None:
        found.append(ConsultationProblem.NO_PLAN_SENT)
    if c.result_published_on and c.closes_on and c.result_published_on <= c.closes_on:
        # Opinions are taken until the end of the closing day; the result comes after it.
        found.append(ConsultationProblem.RESULT_BEFORE_CLOSE)
    return found


def result_overdue(c: Consultation, today: date) -> bool:
    """Closed before today and its result not yet public (Art. 11 item 11; Art. 28.3)."""
    return c.closes_on is not None and c.closes_on < today and c.result_published_on is None


def check(c: Consultation, today: date) -> list[ConsultationProblem]:
    found = static_problems(c)
    if result_overdue(c, today):
        found.append(ConsultationProblem.RESULT_NOT_PUBLISHED)
    return found


def problems_to_mask(problems: list[ConsultationProblem]) -> int:
    order = tuple(ConsultationProblem)
    mask = 0
    for p in problems:
        mask |= 1 << order.index(p)
    return mask


def problems_from_mask(mask: int) -> list[ConsultationProblem]:
    return [p for i, p in enumerate(ConsultationProblem) if mask & (1 << i)]
