"""NĐ 59/2023 Mẫu 01–04 of a community decision as neutral Documents (Decree 30 layout).

The appendix with the forms' exact layout was not found (reporting.md §2.1): these are editable
templates holding the fields the articles require, each marked "cần đối chiếu Phụ lục NĐ 59".
What the record does not hold (count board, witnesses, ballots issued…) is left as a dotted line
to fill by hand, never invented.
"""

from __future__ import annotations

from dataclasses import dataclass

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
from dancoso_desktop.domain.decision import (
    DOC_KIND_VI,
    FORM_VI,
    MATTER_VI,
    Decision,
    DocKind,
    VoteForm,
)
from dancoso_desktop.domain.decision_rules import DOCUMENTS_BEFORE, Verdict, pct, verdict
from dancoso_desktop.domain.text import format_date, format_number

DOTS = "……………………"
FORMS = ("notice", "count-minutes", "decision", "ballot-minutes")
FORM_NUMBER = {"notice": "01", "count-minutes": "02", "decision": "03", "ballot-minutes": "04"}
FORM_TITLE_VI = {"notice": "Thông báo cuộc họp", "count-minutes": "Biên bản kiểm phiếu",
                 "decision": "Quyết định của cộng đồng dân cư", "ballot-minutes": "Biên bản kiểm phiếu lấy ý kiến hộ"}
BASES = ["Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
         "Căn cứ Nghị định số 59/2023/NĐ-CP ngày 14 tháng 8 năm 2023 của Chính phủ quy định chi tiết một số "
         "điều của Luật Thực hiện dân chủ ở cơ sở;"]


@dataclass(frozen=True)
class FormContext:
    """What the forms need beyond the record: the commune's name and the hamlet's head."""

    commune_body: str            # "ỦY BAN NHÂN DÂN XÃ HÒA AN"
    place: str                   # place name of the date line
    hamlet_head: str = ""


def _or_dots(text: str | None) -> str:
    return text if text else DOTS


def _n(value: int) -> str:
    return format_number(value)


def _template_note(form: str) -> Paragraph:
    return Paragraph([Run(f"Mẫu số {FORM_NUMBER[form]} – Nghị định số 59/2023/NĐ-CP (mẫu soạn sẵn, "
                          "cần đối chiếu Phụ lục NĐ 59)", italic=True)], align="right", indent_first=False)


def _hamlet(d: Decision) -> str:
    return d.hamlet_names or DOTS


def head_title(d: Decision) -> str:
    """'Trưởng thôn Nà Rụa', 'Tổ trưởng tổ dân phố Hòa Chung' (one hamlet), else the generic title."""
    if len(d.votes) == 1 and d.votes[0].hamlet_name:
        name = d.votes[0].hamlet_name
        lowered = name[:1].lower() + name[1:]
        if lowered.startswith("thôn "):
            return f"Trưởng {lowered}"
        if lowered.startswith("tổ dân phố "):
            return f"Tổ trưởng {lowered}"
        return f"Trưởng thôn, Tổ trưởng tổ dân phố {name}"
    return "Trưởng thôn, Tổ trưởng tổ dân phố"


def _head_sign(d: Decision) -> str:
    title = head_title(d)
    return ("TỔ TRƯỞNG TỔ DÂN PHỐ" if title.startswith("Tổ trưởng") else
            "TRƯỞNG THÔN" if title.startswith("Trưởng thôn ") and "," not in title else
            "TRƯỞNG THÔN, TỔ TRƯỞNG TỔ DÂN PHỐ")


def _issuer(d: Decision, ctx: FormContext) -> tuple[str, str]:
    if len(d.votes) == 1 and d.votes[0].hamlet_name:
        return ctx.commune_body, d.votes[0].hamlet_name.upper()
    return "", ctx.commune_body


def _figures_table(d: Decision, result: Verdict | None, *, ballots: bool) -> Table:
    present = "Số phiếu thu về" if ballots else "Số hộ có đại diện tham dự"
    header = ["TT", "Thôn, tổ dân phố", "Tổng số hộ", present, "Tán thành", "Không tán thành", "Ý kiến khác",
              "Tỷ lệ tán thành / tổng số hộ", "Kết quả"]
    rows = []
    results = result.hamlets if result else ()
    for i, v in enumerate(d.votes, start=1):
        r = results[i - 1] if i - 1 < len(results) else None
        rows.append([str(i), v.hamlet_name, _n(v.households), _n(v.present), _n(v.votes_for), _n(v.votes_against),
                     _n(v.votes_blank), pct(v.votes_for, v.households),
                     ("Đạt" if r.passed else "Không đạt") if r else ""])
    if len(d.votes) > 1:
        rows.append(["", "Cộng", _n(sum(v.households for v in d.votes)), _n(sum(v.present for v in d.votes)),
                     _n(sum(v.votes_for for v in d.votes)), _n(sum(v.votes_against for v in d.votes)),
                     _n(sum(v.votes_blank for v in d.votes)),
                     pct(sum(v.votes_for for v in d.votes), sum(v.households for v in d.votes)), ""])
    return Table(header, rows, widths=[0.5, 2.2, 1, 1.2, 1, 1.1, 1, 1.3, 1])


def _result_paragraph(result: Verdict | None) -> Paragraph:
    if result is None:
        return Paragraph.of(f"Kết quả: {DOTS}")
    return Paragraph([Run("Kết quả: "), Run(result.text_vi, bold=True)])


def _doc(d: Decision, ctx: FormContext, form: str, type_name: str, summary: str, code: str,
         body: list[Block], signatures: list[SignatureBlock], recipients: list[str] | None = None) -> Document:
    parent, issuer = _issuer(d, ctx)
    # The notice is dated when it is given; the minutes on the vote; the decision on its document.
    day = {"notice": d.notice_date, "count-minutes": d.vote_date, "ballot-minutes": d.vote_date}.get(
        form, d.decision_date or d.vote_date)
    return Document(issuing_body=issuer, parent_body=parent, type_name=type_name, summary=summary,
                    number=f"      /{code}", type_code=code, place=ctx.place, date=day,
                    body=[_template_note(form), *body], signatures=signatures, recipients=recipients or [],
                    year=d.year, title_for_metadata=f"{FORM_TITLE_VI[form]} – {d.title}")


def build_notice(d: Decision, ctx: FormContext) -> Document:
    """Mẫu 01: notice of a community meeting (NĐ 59 Art. 3.3): content, time, place, attendees,
    documents; for items 1–3 the documents reach each household ≥ 2 days before (Art. 3.4)."""
    total = sum(v.households for v in d.votes)
    body: list[Block] = [Paragraph.of(b) for b in BASES]
    body.append(Paragraph.of(f"{head_title(d)} thông báo tổ chức cuộc họp cộng đồng dân cư như sau:"))
    body.append(Heading(2, "1.", "Nội dung cuộc họp"))
    body.append(Paragraph.of(f"{d.title} (khoản {int(d.matter)} Điều 15 Luật Thực hiện dân chủ ở cơ sở: "
                             f"{MATTER_VI[d.matter].lower()})."))
    body.append(Heading(2, "2.", "Thời gian"))
    when = f"{DOTS} giờ, ngày {format_date(d.vote_date)}" if d.vote_date else f"{DOTS} giờ, ngày {DOTS}"
    body.append(Paragraph.of(when + "."))
    body.append(Heading(2, "3.", "Địa điểm"))
    body.append(Paragraph.of(_or_dots(d.place) + "."))
    body.append(Heading(2, "4.", "Thành phần"))
    body.append(Paragraph.of(f"Cử tri hoặc cử tri đại diện hộ gia đình của {_hamlet(d)} "
                             f"(tổng số {_n(total)} hộ); khách mời: {DOTS}."))
    clusters = [v for v in d.votes if v.clusters]
    if clusters:
        body.append(Paragraph.of("Cuộc họp được tổ chức theo cụm: " + "; ".join(
            f"{v.hamlet_name} {v.clusters} cụm" for v in clusters) + "."))
    body.append(Heading(2, "5.", "Tài liệu"))
    if d.matter in DOCUMENTS_BEFORE:
        body.append(Paragraph.of(f"Tài liệu liên quan được gửi đến từng hộ gia đình chậm nhất 02 ngày trước ngày "
                                 f"họp (ngày gửi: {format_date(d.documents_date) or DOTS}): {DOTS}."))
    else:
        body.append(Paragraph.of(f"{DOTS}."))
    body.append(Paragraph.of("Đề nghị các hộ gia đình cử đại diện tham dự đầy đủ, đúng giờ."))
    head = SignatureBlock(title=_head_sign(d), name=ctx.hamlet_head, note="(Ký, ghi rõ họ tên)")
    return _doc(d, ctx, "notice", "THÔNG BÁO", f"Về việc tổ chức cuộc họp cộng đồng dân cư {_hamlet(d)}", "TB",
                body, [head], ["Các hộ gia đình trong thôn", "Ban công tác Mặt trận thôn", "Lưu"])


def _count_board() -> list[Block]:
    return [ListItem(f"Ông/Bà {DOTS} – Trưởng ban kiểm phiếu;"),
            ListItem(f"Ông/Bà {DOTS} – Thành viên;"), ListItem(f"Ông/Bà {DOTS} – Thành viên;"),
            Paragraph.of("Người chứng kiến (đại diện hộ gia đình):"),
            ListItem(f"Ông/Bà {DOTS};"), ListItem(f"Ông/Bà {DOTS}.")]


def build_count_minutes(d: Decision, ctx: FormContext) -> Document:
    """Mẫu 02: minutes of the vote count at a meeting (NĐ 59 Art. 3.5.c): count board, two
    household witnesses, the content voted, the numbers counted and the result; 3 copies."""
    result = verdict(d)
    body: list[Block] = [Paragraph.of(
        f"Hôm nay, vào hồi {DOTS} giờ, ngày {format_date(d.vote_date) or DOTS}, tại {_or_dots(d.place)}, "
        f"Ban kiểm phiếu cuộc họp cộng đồng dân cư {_hamlet(d)} tiến hành kiểm phiếu.")]
    body.append(Heading(1, "I.", "THÀNH PHẦN"))
    body.extend(_count_board())
    body.append(Heading(1, "II.", "NỘI DUNG BIỂU QUYẾT"))
    body.append(Paragraph.of(f"{d.title} (khoản {int(d.matter)} Điều 15 Luật Thực hiện dân chủ ở cơ sở)."))
    body.append(Heading(1, "III.", "KẾT QUẢ KIỂM PHIẾU"))
    body.append(Paragraph.of(f"Số phiếu phát ra: {DOTS}; số phiếu hợp lệ: {DOTS}; số phiếu không hợp lệ: {DOTS}."))
    body.append(_figures_table(d, result, ballots=False))
    body.append(_result_paragraph(result))
    body.append(Paragraph.of("Biên bản được lập thành 03 bản: gửi Ủy ban nhân dân xã, Ủy ban Mặt trận Tổ quốc "
                             "Việt Nam xã và lưu tại thôn, tổ dân phố."))
    sigs = [SignatureBlock(authority="NGƯỜI CHỨNG KIẾN", note="(Ký, ghi rõ họ tên)"),
            SignatureBlock(authority="TRƯỞNG BAN KIỂM PHIẾU", note="(Ký, ghi rõ họ tên)")]
    return _doc(d, ctx, "count-minutes", "BIÊN BẢN KIỂM PHIẾU", d.title, "BB", body, sigs)


def build_ballot_minutes(d: Decision, ctx: FormContext) -> Document:
    """Mẫu 04: minutes of a household ballot count (NĐ 59 Art. 4.6): the totals against the
    Art. 21.1 threshold; for a commune-wide ballot each hamlet's result (Art. 4.6.c)."""
    result = verdict(d)
    body: list[Block] = [Paragraph.of(
        f"Hôm nay, ngày {format_date(d.vote_date) or DOTS}, tại {_or_dots(d.place)}, Tổ công tác phát phiếu lấy ý "
        f"kiến hộ gia đình tiến hành kiểm phiếu về nội dung: {d.title}.")]
    body.append(Heading(1, "I.", "THÀNH PHẦN"))
    body.extend(_count_board())
    body.append(Heading(1, "II.", "KẾT QUẢ KIỂM PHIẾU"))
    if d.ballot_start:
        body.append(Paragraph.of(f"Phiếu được phát từ ngày {format_date(d.ballot_start)}; thời hạn thu phiếu: "
                                 f"{format_date(d.vote_date) or DOTS}."))
    body.append(Paragraph.of(f"Số phiếu phát ra: {DOTS}; số phiếu không hợp lệ: {DOTS}."))
    body.append(_figures_table(d, result, ballots=True))
    body.append(_result_paragraph(result))
    sigs = [SignatureBlock(authority="NGƯỜI CHỨNG KIẾN", note="(Ký, ghi rõ họ tên)"),
            SignatureBlock(authority="TỔ TRƯỞNG TỔ CÔNG TÁC", note="(Ký, ghi rõ họ tên)")]
    return _doc(d, ctx, "ballot-minutes", "BIÊN BẢN KIỂM PHIẾU LẤY Ý KIẾN HỘ GIA ĐÌNH", d.title, "BB", body, sigs)


def build_decision(d: Decision, ctx: FormContext) -> Document:
    """Mẫu 03: the community's decision (Law Art. 20.2 a–g; NĐ 59 Art. 3.5.d, 5.4.b): time,
    households in total, present and without a representative, content, form, result and what
    was decided; signed by the hamlet head, the Front's head and 2 household representatives."""
    result = verdict(d)
    total = sum(v.households for v in d.votes)
    present = sum(v.present for v in d.votes)
    type_name = {DocKind.RESOLUTION: "NGHỊ QUYẾT", DocKind.MINUTES: "BIÊN BẢN", DocKind.MEMORANDUM: "BẢN GHI NHỚ",
                 DocKind.AGREEMENT: "BẢN THỎA THUẬN"}[d.doc_kind]
    body: list[Block] = [Paragraph.of(f"Cộng đồng dân cư {_hamlet(d)}")]
    body.append(Heading(2, "1.", "Thời gian, địa điểm"))
    body.append(Paragraph.of(f"Ngày {format_date(d.vote_date) or DOTS}, tại {_or_dots(d.place)}."))
    body.append(Heading(2, "2.", "Số hộ gia đình"))
    body.append(ListItem(f"Tổng số hộ gia đình: {_n(total)} hộ;"))
    label = "Số hộ tham gia biểu quyết" if d.form is VoteForm.ONLINE else (
        "Số phiếu thu về" if d.form is VoteForm.BALLOT else "Số đại diện hộ gia đình tham dự")
    body.append(ListItem(f"{label}: {_n(present)} hộ;"))
    body.append(ListItem(f"Số hộ gia đình không có đại diện tham dự: {_n(total - present)} hộ."))
    body.append(Heading(2, "3.", "Nội dung đã bàn"))
    body.append(Paragraph.of(f"{d.title} (khoản {int(d.matter)} Điều 15 Luật Thực hiện dân chủ ở cơ sở)."))
    body.append(Heading(2, "4.", "Hình thức quyết định"))
    form_text = FORM_VI[d.form]
    if d.form is VoteForm.ONLINE and d.prepoll_for is not None:
        form_text += f" (thăm dò trước: {_n(d.prepoll_for)}/{_n(total)} hộ chọn biểu quyết trực tuyến)"
    body.append(Paragraph.of(f"{form_text}; văn bản: {DOC_KIND_VI[d.doc_kind].lower()}."))
    if d.form is VoteForm.ONLINE:
        body.append(Paragraph.of(f"Thời gian bắt đầu: {DOTS}; thời gian kết thúc: {DOTS}. Kèm theo ảnh chụp kết "
                                 "quả và danh sách hộ tham gia (NĐ 59 Điều 5 khoản 4)."))
    body.append(Heading(2, "5.", "Kết quả biểu quyết"))
    body.append(_figures_table(d, result, ballots=d.form is VoteForm.BALLOT))
    body.append(_result_paragraph(result))
    body.append(Heading(2, "6.", "Nội dung được quyết định"))
    body.extend([Paragraph.of(line) for line in d.content.split("\n") if line.strip()] or [Paragraph.of(DOTS)])
    body.append(Paragraph.of("Văn bản này được gửi Ủy ban nhân dân xã và Ủy ban Mặt trận Tổ quốc Việt Nam xã "
                             "chậm nhất 05 ngày làm việc kể từ ngày kết thúc việc biểu quyết."))
    body.append(Table(["ĐẠI DIỆN HỘ GIA ĐÌNH", "ĐẠI DIỆN HỘ GIA ĐÌNH"],
                      [["(Ký, ghi rõ họ tên)", "(Ký, ghi rõ họ tên)"], ["\n\n\n" + DOTS, "\n\n\n" + DOTS]],
                      widths=[1, 1]))
    sigs = [SignatureBlock(authority="TRƯỞNG BAN CÔNG TÁC MẶT TRẬN", note="(Ký, ghi rõ họ tên)"),
            SignatureBlock(authority=_head_sign(d), name=ctx.hamlet_head, note="(Ký, ghi rõ họ tên)")]
    summary = f"Về {d.title[:1].lower()}{d.title[1:]}"
    return _doc(d, ctx, "decision", f"{type_name} CỦA CỘNG ĐỒNG DÂN CƯ", summary, "NQ", body, sigs,
                ["Ủy ban nhân dân xã", "Ủy ban MTTQ Việt Nam xã", "Lưu"])


BUILDERS = {"notice": build_notice, "count-minutes": build_count_minutes, "decision": build_decision,
            "ballot-minutes": build_ballot_minutes}
