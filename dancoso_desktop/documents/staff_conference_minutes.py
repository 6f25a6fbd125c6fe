"""The staff conference's minutes (biên bản, BB) and resolution (nghị quyết, NQ) as neutral
Documents in the NĐ 30/2020 layout (PL III templates 1.9 and 1.4; reporting.md §4 "Forms").

There is no official form for either (reporting.md §4): the minutes carry what the law makes
the conference decide and count — the staff total, those present and absent, the ≥ 2/3 quorum
check, each step of the order of business (Art. 51.4), every vote with its share of those
attending (> 50%), the 6-monthly review (Art. 52.3) — and the resolution its adoption line.
Text stays plain; the renderers escape it.
"""

from __future__ import annotations

from dancoso_desktop.documents.model import (
    Block,
    Document,
    Heading,
    ListItem,
    Paragraph,
    Run,
    SignatureBlock,
    Table,
)
from dancoso_desktop.domain.staff_conference import (
    AGENDA,
    CONVENER_VI,
    StaffConference,
    approval_percent,
    check,
    review_due_dates,
)
from dancoso_desktop.domain.text import format_date, format_number


def _paragraphs(text: str) -> list[Block]:
    return [Paragraph.of(line) for line in text.split("\n") if line.strip()]


def _pct(conf: StaffConference) -> str:
    return format_number(float(approval_percent(conf.present, conf.votes_for)), 2)


def _title(conf: StaffConference) -> str:
    return f"Hội nghị cán bộ, công chức, viên chức và người lao động năm {conf.work_year + 1}"


def build_minutes(conf: StaffConference, *, issuing_body: str, place: str) -> Document:
    result = check(conf)
    body: list[Block] = []
    clock = conf.start_time or "… giờ …"
    body.append(Paragraph.of(
        f"Hôm nay, vào hồi {clock}, ngày {format_date(conf.held_on)}, tại {conf.place or conf.unit_name}, "
        f"{conf.unit_name} tổ chức Hội nghị cán bộ, công chức, viên chức và người lao động tổng kết năm "
        f"{conf.work_year}, triển khai nhiệm vụ năm {conf.work_year + 1}."))
    body.append(Paragraph.of(f"Hội nghị do {CONVENER_VI[conf.convened_by]} triệu tập (Điều 50 Luật Thực hiện "
                             "dân chủ ở cơ sở)."))

    body.append(Heading(1, "I.", "THÀNH PHẦN THAM DỰ"))
    body.append(ListItem(f"Tổng số cán bộ, công chức, viên chức và người lao động: {conf.staff_total} người."))
    body.append(ListItem(f"Có mặt: {conf.present} người; vắng mặt: {conf.absent} người "
                         f"(có lý do: {conf.absent_with_reason}; không có lý do: "
                         f"{conf.absent - conf.absent_with_reason})."))
    quorum = "đủ" if result.quorum_met else "không đủ"
    body.append(Paragraph.of(
        f"Số có mặt {conf.present}/{conf.staff_total}; hội nghị cần ít nhất {result.quorum_needed} người "
        f"(hai phần ba tổng số, khoản 2 Điều 51): hội nghị {quorum} điều kiện tiến hành."))
    body.append(Paragraph.of(f"Chủ trì: {conf.chair or '…'}; thư ký: {conf.secretary or '…'}."))

    body.append(Heading(1, "II.", "NỘI DUNG VÀ DIỄN BIẾN HỘI NGHỊ"))
    body.append(Paragraph.of("Hội nghị tiến hành theo trình tự tại khoản 4 Điều 51:"))
    rows = [[f"{letter})", text, "Đã thực hiện" if conf.agenda & (1 << i) else "Không thực hiện"]
            for i, (letter, text, _) in enumerate(AGENDA)]
    body.append(Table(["Mục", "Nội dung", "Kết quả"], rows, widths=[0.8, 7.0, 2.2]))
    body.append(Heading(2, "1.", "Ý kiến thảo luận"))
    body.extend(_paragraphs(conf.discussion) or [Paragraph.of("(Không ghi nhận ý kiến.)")])

    body.append(Heading(1, "III.", "BIỂU QUYẾT"))
    verdict = "được thông qua" if result.passed else "không được thông qua"
    body.append(Table(["Nội dung biểu quyết", "Tán thành", "Không tán thành", "Không biểu quyết", "Tỷ lệ tán thành"],
                      [["Thông qua nghị quyết hội nghị", str(conf.votes_for), str(conf.votes_against),
                        str(conf.votes_abstain), f"{_pct(conf)}%"]],
                      widths=[4.0, 1.5, 1.7, 1.7, 1.7]))
    body.append(Paragraph.of(
        f"Nghị quyết {verdict}: {conf.votes_for}/{conf.present} người dự hội nghị tán thành ({_pct(conf)}%), "
        f"cần ít nhất {result.votes_needed} (trên 50% số người dự, khoản 2 Điều 51)."))
    if conf.notes:
        body.append(Heading(2, "1.", "Ghi chú"))
        body.extend(_paragraphs(conf.notes))
    end = conf.end_time or "… giờ …"
    body.append(Paragraph.of(
        f"Hội nghị kết thúc vào hồi {end} cùng ngày. Biên bản đã được đọc lại trước hội nghị, "
        "thống nhất nội dung và ký tên dưới đây."))
    signatures = [SignatureBlock(authority="THƯ KÝ", name=conf.secretary, note="(Ký, ghi rõ họ tên)"),
                  SignatureBlock(authority="CHỦ TRÌ HỘI NGHỊ", name=conf.chair, note="(Ký, ghi rõ họ tên)")]
    return Document(issuing_body=issuing_body, type_name="BIÊN BẢN", summary=_title(conf), type_code="BB",
                    place=place, date=conf.held_on, body=body, signatures=signatures,
                    title_for_metadata=f"Biên bản {_title(conf)} – {conf.unit_name}")


def build_resolution(conf: StaffConference, *, issuing_body: str, place: str) -> Document:
    result = check(conf)
    body: list[Block] = []
    body.append(Paragraph.of(
        f"Hội nghị cán bộ, công chức, viên chức và người lao động {conf.unit_name} họp ngày "
        f"{format_date(conf.held_on)}, có {conf.present}/{conf.staff_total} người dự, đã thảo luận và"))
    body.append(Paragraph([Run("QUYẾT NGHỊ:", bold=True)], align="center", indent_first=False))
    body.append(Heading(1, "I.", f"ĐÁNH GIÁ KẾT QUẢ NĂM {conf.work_year}, MỤC TIÊU, NHIỆM VỤ NĂM "
                                 f"{conf.work_year + 1}"))
    body.extend(_paragraphs(conf.resolution_text) or [Paragraph.of("(Nội dung nghị quyết chưa ghi.)")])
    body.append(Heading(1, "II.", "GIAO ƯỚC THI ĐUA"))
    signed = conf.agenda & (1 << 7)
    body.append(Paragraph.of("Người đứng đầu cơ quan và Ban Chấp hành công đoàn "
                             + ("đã ký giao ước thi đua tại hội nghị." if signed
                                else "chưa ký giao ước thi đua tại hội nghị.")))
    body.append(Heading(1, "III.", "TỔ CHỨC THỰC HIỆN"))
    dues = ", ".join(format_date(d) for d in review_due_dates(conf.held_on))
    body.append(Paragraph.of(
        "Người đứng đầu cơ quan và Ban Chấp hành công đoàn tổ chức thực hiện nghị quyết; định kỳ 06 tháng "
        f"kiểm tra, đánh giá việc thực hiện và thông báo đến toàn thể cán bộ (khoản 3 Điều 52), vào các "
        f"ngày {dues}."))
    for i, r in enumerate(conf.reviews, start=1):
        notice = f", đã thông báo ngày {format_date(r.notified_on)}" if r.notified_on else ""
        body.append(ListItem(f"Lần {i}, ngày {format_date(r.reviewed_on)}{notice}: {r.result or '(chưa ghi kết quả)'}"))
    body.append(Paragraph.of(
        f"Nghị quyết được {conf.votes_for}/{conf.present} đại biểu dự hội nghị biểu quyết tán thành "
        f"({_pct(conf)}%)" + ("." if result.passed else "; chưa đạt trên 50% nên chưa được thông qua.")))
    recipients = ["Toàn thể cán bộ, công chức, viên chức và người lao động", "Ban Chấp hành công đoàn",
                  "Lưu: VT"]
    signatures = [SignatureBlock(authority="TM. HỘI NGHỊ", title="CHỦ TRÌ", name=conf.chair)]
    return Document(issuing_body=issuing_body, type_name="NGHỊ QUYẾT", summary=_title(conf), type_code="NQ",
                    number=conf.resolution_number, place=place, date=conf.resolution_date or conf.held_on,
                    body=body, recipients=recipients, signatures=signatures,
                    title_for_metadata=f"Nghị quyết {_title(conf)} – {conf.unit_name}")
