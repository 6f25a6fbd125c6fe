"""The minutes of one inspection (biên bản kiểm tra, code BB) as a neutral Document.

Follows the minutes template of NĐ 30/2020 PL III (1.9): the time it opened and the place, who
took part (the team, with the chair and the secretary, and the unit's representatives), the
content, the conclusion, the recommendations, the time it closed, then the signatures of the
team leader and the head of the unit inspected (domain.md §3).
"""

from __future__ import annotations

from dancoso_desktop.documents.model import (
    Block,
    Document,
    Heading,
    ListItem,
    Paragraph,
    SignatureBlock,
    Table,
)
from dancoso_desktop.domain.inspection import (
    RESULT_VI,
    TEAM_ROLE_VI,
    Inspection,
    TeamRole,
)
from dancoso_desktop.domain.text import format_date, format_date_line


def _paragraphs(text: str) -> list[Block]:
    """User text as typed: one paragraph per line, never markup."""
    return [Paragraph.of(line) for line in text.split("\n") if line.strip()]


def _clock(text: str) -> str:
    return text or "… giờ …"


def minutes_summary(insp: Inspection) -> str:
    return f"Kiểm tra việc thực hiện dân chủ ở cơ sở tại {insp.unit_name}"


def build_minutes(insp: Inspection, *, issuing_body: str, place: str, commune_name: str = "") -> Document:
    """The Document the PDF and DOCX renderers draw; text stays plain (renderers escape it)."""
    day = insp.start_date
    body: list[Block] = []
    decision = ""
    if insp.decision_number:
        decision = f" theo Quyết định số {insp.decision_number}"
        if insp.decision_date:
            decision += f" ngày {format_date(insp.decision_date)}"
        decision += f" của Chủ tịch Ủy ban nhân dân {commune_name}".rstrip()
    period = format_date(day)
    if insp.end_date and insp.end_date != day:
        period = f"{format_date(day)} đến ngày {format_date(insp.end_date)}"
    body.append(Paragraph.of(
        f"Hôm nay, vào hồi {_clock(insp.start_time)}, ngày {period}, tại {insp.place or insp.unit_name}, "
        f"Đoàn kiểm tra{decision} tiến hành kiểm tra việc thực hiện dân chủ ở cơ sở tại {insp.unit_name}."))

    body.append(Heading(1, "I.", "THÀNH PHẦN"))
    body.append(Heading(2, "1.", "Đoàn kiểm tra"))
    order = {TeamRole.LEADER: 0, TeamRole.DEPUTY: 1, TeamRole.MEMBER: 2, TeamRole.SECRETARY: 3}
    for m in sorted(insp.team, key=lambda m: order[m.role]):
        pos = f", {m.position}" if m.position else ""
        body.append(ListItem(f"Ông/Bà {m.name}{pos} – {TEAM_ROLE_VI[m.role]};"))
    body.append(Heading(2, "2.", f"Đại diện {insp.unit_name}"))
    for r in insp.representatives:
        pos = f", {r.position}" if r.position else ""
        body.append(ListItem(f"Ông/Bà {r.name}{pos};"))
    if not insp.representatives:
        body.append(ListItem("(chưa ghi)"))
    leader, secretary = insp.leader, insp.secretary
    if leader or secretary:
        body.append(Paragraph.of(f"Chủ trì: {leader.name if leader else '…'}; "
                                 f"thư ký: {secretary.name if secretary else '…'}."))

    body.append(Heading(1, "II.", "NỘI DUNG KIỂM TRA"))
    # A sentence between the heading and the table: the heading keeps with it, and the long
    # table can then start on the same page and split, instead of moving whole to the next.
    body.append(Paragraph.of("Đoàn kiểm tra đã xem xét hồ sơ, tài liệu và đánh giá từng tiêu chí như sau:"))
    rows: list[list[str]] = []
    group = None
    letters = 0
    for i, a in enumerate(insp.answers, start=1):
        if a.group != group:
            group = a.group
            letters += 1
            rows.append(["", a.group, "", "", ""])
        note = "; ".join(x for x in (a.evidence_note, a.notes) if x)
        if a.files:
            note = "; ".join(x for x in (note, "Tệp minh chứng: " + ", ".join(f.original_name for f in a.files)) if x)
        rows.append([str(i), a.text, a.article, RESULT_VI[a.result] if a.result else "Chưa đánh giá", note])
    body.append(Table(["TT", "Tiêu chí kiểm tra", "Căn cứ", "Kết quả", "Minh chứng, ghi chú"], rows,
                      widths=[0.7, 3.9, 2.2, 1.4, 2.3]))
    counts = insp.counts()
    body.append(Paragraph.of(
        f"Tổng hợp: {counts['met']} tiêu chí đạt, {counts['not_met']} tiêu chí chưa đạt, "
        f"{counts['not_applicable']} tiêu chí không áp dụng"
        + (f", {counts['unanswered']} tiêu chí chưa đánh giá." if counts["unanswered"] else ".")))

    body.append(Heading(1, "III.", "KẾT QUẢ KIỂM TRA"))
    body.extend(_paragraphs(insp.findings) or [Paragraph.of("(Không ghi nhận thêm.)")])
    body.append(Heading(1, "IV.", "KẾT LUẬN"))
    body.extend(_paragraphs(insp.conclusion) or [Paragraph.of("(Chưa có kết luận.)")])
    body.append(Heading(1, "V.", "KIẾN NGHỊ"))
    if insp.recommendations:
        body.append(Paragraph.of("Đoàn kiểm tra đề nghị thực hiện các nội dung sau:"))
        body.append(Table(["TT", "Nội dung kiến nghị", "Đơn vị thực hiện", "Thời hạn"],
                          [[str(i), r.text, r.unit_name, format_date(r.deadline)]
                           for i, r in enumerate(insp.recommendations, start=1)],
                          widths=[0.8, 5.2, 2.6, 1.6]))
    else:
        body.append(Paragraph.of("Không có kiến nghị."))
    end_day = insp.end_date or day
    body.append(Paragraph.of(
        f"Buổi kiểm tra kết thúc vào hồi {_clock(insp.end_time)}, ngày {format_date(end_day)}. "
        "Biên bản đã được đọc lại cho các thành phần tham dự cùng nghe, thống nhất nội dung và ký tên dưới đây."))

    head = insp.representatives[0] if insp.representatives else None
    signatures = [
        SignatureBlock(authority=f"ĐẠI DIỆN {insp.unit_name}".upper(), title=(head.position.upper() if head else ""),
                       name=head.name if head else "", note="(Ký, ghi rõ họ tên)"),
        SignatureBlock(authority="TRƯỞNG ĐOÀN KIỂM TRA", title="", name=leader.name if leader else "",
                       note="(Ký, ghi rõ họ tên)"),
    ]
    summary = minutes_summary(insp)
    return Document(issuing_body=issuing_body, type_name="BIÊN BẢN", summary=summary, number="",
                    type_code="BB", place=place, date=day, body=body, signatures=signatures,
                    title_for_metadata=f"Biên bản kiểm tra – {insp.unit_name} – {format_date_line(day)}")
