"""The quarterly list of what was disclosed (Art. 13.2 Luật 10/2022/QH15) and the register as
neutral Documents.

Art. 13.2: each quarter the commune posts, at its office and in the hamlets, a list of the items
disclosed with the form and time of each. We issue it as a THÔNG BÁO (code TB, NĐ 30/2020 PL III)
whose table is that list: the content of Art. 11, the information, the forms (Art. 12.1), the
time. The register PDF is the same table for the whole year, landscape.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from dancoso_desktop.documents.model import Document, Paragraph, SignatureBlock, Table
from dancoso_desktop.domain.disclosure import (
    PROBLEM_VI,
    STATUS_VI,
    Catalogue,
    ChannelUse,
    DisclosureRecord,
    Problem,
)
from dancoso_desktop.domain.text import format_date

QUARTER_ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}
LAW = "Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022"


@dataclass(frozen=True)
class Issuer:
    """Who issues the document: the header, the place line and the signature."""

    issuing_body: str = "ỦY BAN NHÂN DÂN XÃ"
    commune_name: str = "xã"             # "xã Bình Lư", as the body text names it
    place: str = ""
    authority: str = "TM. ỦY BAN NHÂN DÂN"
    title: str = "CHỦ TỊCH"
    signer: str = ""


def quarter_of(d: date) -> int:
    return (d.month - 1) // 3 + 1


def quarter_bounds(year: int, quarter: int) -> tuple[date, date]:
    start = date(year, 3 * quarter - 2, 1)
    end = date(year + 1, 1, 1) if quarter == 4 else date(year, 3 * quarter + 1, 1)
    return start, date.fromordinal(end.toordinal() - 1)


def channel_text(catalogue: Catalogue, uses: Sequence[ChannelUse]) -> str:
    """'Niêm yết (Trụ sở HĐND - UBND xã; Nhà văn hóa Thôn Đông); Hệ thống truyền thanh cấp xã'."""
    parts: list[str] = []
    for code in dict.fromkeys(u.channel for u in uses):
        places = [u.place for u in uses if u.channel == code and u.place]
        name = catalogue.channel(code).name
        parts.append(f"{name} ({'; '.join(dict.fromkeys(places))})" if places else name)
    return "; ".join(parts)


def time_text(uses: Sequence[ChannelUse]) -> str:
    """'Từ 02/03/2026 đến 01/04/2026' or 'Từ 02/03/2026, niêm yết thường xuyên'."""
    starts = [u.start for u in uses if u.start is not None]
    if not starts:
        return ""
    begin = min(starts)
    ends = [u.end for u in uses if u.start is not None]
    if any(e is None for e in ends):
        return f"Từ {format_date(begin)}, niêm yết thường xuyên"
    end = max(e for e in ends if e is not None)
    if end == begin:
        return f"Ngày {format_date(begin)}"
    return f"Từ {format_date(begin)} đến {format_date(end)}"


def content_text(catalogue: Catalogue, item: int) -> str:
    return f"{item}. {catalogue.content(item).short}"


def list_rows(catalogue: Catalogue, records: Sequence[DisclosureRecord]) -> list[list[str]]:
    ordered = sorted(records, key=lambda r: (r.item, r.disclosed_on or date.max, r.id or 0))
    return [[str(n), content_text(catalogue, r.item), r.title, channel_text(catalogue, r.channels),
             time_text(r.channels)] for n, r in enumerate(ordered, start=1)]


def _signature(issuer: Issuer) -> list[SignatureBlock]:
    return [SignatureBlock(issuer.authority, issuer.title, issuer.signer)]


def build_quarterly_list(catalogue: Catalogue, records: Sequence[DisclosureRecord], *, year: int,
                         quarter: int, issuer: Issuer, issued_on: date | None = None,
                         number: str = "") -> Document:
    """The notice posting the quarter's list (Art. 13.2)."""
    q = QUARTER_ROMAN[quarter]
    summary = f"Danh mục thông tin đã công khai quý {q} năm {year}"
    body: list = []
    if records:
        body.append(Table(["STT", "Nội dung công khai (Điều 11)", "Thông tin đã công khai",
                           "Hình thức công khai (Điều 12)", "Thời gian công khai"],
                          list_rows(catalogue, records), widths=[0.9, 2.0, 4.0, 3.2, 2.3]))
    else:
        body.append(Paragraph.of(f"Trong quý {q} năm {year} không có thông tin nào được công khai."))
    body.append(Paragraph.of(
        f"Danh mục này được niêm yết tại trụ sở Hội đồng nhân dân, Ủy ban nhân dân {issuer.commune_name} "
        "và tại nhà văn hóa các thôn, tổ dân phố; Nhân dân có ý kiến về các thông tin đã công khai "
        f"xin phản ánh với Ủy ban nhân dân {issuer.commune_name} để được giải đáp."))
    return Document(
        issuing_body=issuer.issuing_body, type_name="THÔNG BÁO", summary=summary, number=number,
        type_code="TB", place=issuer.place, date=issued_on, landscape=False,
        legal_bases=[f"Căn cứ {LAW};"],
        intro=[Paragraph.of(
            f"Thực hiện khoản 2 Điều 13 Luật Thực hiện dân chủ ở cơ sở, Ủy ban nhân dân {issuer.commune_name} thông báo danh mục "
            f"các thông tin đã công khai trong quý {q} năm {year}, với hình thức và thời gian công khai "
            "của từng thông tin, như sau:")],
        body=body,
        recipients=["Thường trực HĐND xã", "Ủy ban MTTQ Việt Nam xã",
                    "Các thôn, tổ dân phố (niêm yết)", "Lưu: VT"],
        signatures=_signature(issuer), title_for_metadata=summary)


REGISTER_HEADER = ["STT", "Nội dung (Điều 11)", "Thông tin công khai", "Văn bản", "Ngày ban hành",
                   "Hình thức và thời gian công khai", "Đơn vị", "Trạng thái", "Kiểm tra"]


def register_rows(catalogue: Catalogue, records: Sequence[DisclosureRecord],
                  problems: Sequence[Sequence[Problem]]) -> list[list[str]]:
    rows = []
    for n, (r, probs) in enumerate(zip(records, problems, strict=True), start=1):
        how = channel_text(catalogue, r.channels)
        when = time_text(r.channels) or (f"Dự kiến {format_date(r.planned_on)}" if r.planned_on else "")
        rows.append([str(n), content_text(catalogue, r.item), r.title, r.source_document,
                     format_date(r.decided_on), f"{how}\n{when}".strip(), r.unit_name,
                     STATUS_VI[r.status], "; ".join(PROBLEM_VI[p] for p in probs) or "Đạt"])
    return rows


def build_register_document(catalogue: Catalogue, records: Sequence[DisclosureRecord],
                            problems: Sequence[Sequence[Problem]], *, year: int, issuer: Issuer,
                            issued_on: date | None = None) -> Document:
    """The register of the year as a landscape document (sổ theo dõi công khai)."""
    summary = f"Thực hiện công khai thông tin năm {year}"
    return Document(
        issuing_body=issuer.issuing_body, type_name="SỔ THEO DÕI", summary=summary, type_code="",
        place=issuer.place, date=issued_on, landscape=True,
        intro=[Paragraph.of(
            f"Theo Điều 11 đến Điều 14 {LAW}: công khai chậm nhất 05 ngày làm việc sau khi ban hành "
            "(khoản 3 Điều 12); niêm yết ít nhất 30 ngày liên tục, nội dung 4 và 13 niêm yết thường xuyên "
            "(khoản 2 Điều 13); truyền thanh ít nhất 03 ngày liên tục với nội dung 7 đến 12 (khoản 3 Điều 13).",
            indent_first=False)],
        body=[Table(REGISTER_HEADER, register_rows(catalogue, records, problems),
                    widths=[0.8, 1.6, 3.2, 1.7, 1.2, 3.4, 1.6, 1.2, 1.8])],
        recipients=["Lưu: VT"], signatures=_signature(issuer), title_for_metadata=summary)
