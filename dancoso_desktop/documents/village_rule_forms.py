"""NĐ 61/2023 Mẫu 01 (the hamlet head's request for recognition) and Mẫu 03 (the UBND xã's
recognition decision) as neutral Documents, in the NĐ 30/2020 layout.

The appendix holding the exact forms was not found (reporting.md §3.1), so both are editable
templates holding the fields the articles require (Art. 11.3, 11.4, 11.5), marked "cần đối chiếu
Phụ lục NĐ 61". A field the decree asks for and the record lacks is a dotted line to fill by
hand, never an invented value.
"""

from __future__ import annotations

from datetime import date

from dancoso_desktop.documents.model import Block, Document, Paragraph, Run, SignatureBlock
from dancoso_desktop.domain.text import format_date, format_number
from dancoso_desktop.domain.village_rule import ADOPTION_VI, KIND_VI, AdoptionForm, VillageRule

DOTS = "……………"
DECREE = "Nghị định số 61/2023/NĐ-CP của Chính phủ về xây dựng và thực hiện hương ước, quy ước của cộng đồng dân cư"
TEMPLATE_NOTE = ("Ghi chú: biểu mẫu soạn theo nội dung Điều 11 Nghị định số 61/2023/NĐ-CP; cần đối chiếu "
                 "Phụ lục NĐ 61 ({form}) trước khi ban hành.")


def _d(value: object) -> str:
    return format_date(value) if value else DOTS  # type: ignore[arg-type]


def _n(value: int | None) -> str:
    return format_number(value) if value is not None else DOTS


def _pct(part: int | None, total: int | None) -> str:
    if part is None or not total:
        return DOTS
    return f"{part / total * 100:.1f}".replace(".", ",") + "%"


def _year(*days: date | None) -> int | None:
    return next((d.year for d in days if d is not None), None)


def _kind(r: VillageRule) -> str:
    return KIND_VI[r.kind].lower()


def request_document(r: VillageRule, *, commune_body: str, commune_name: str, place: str) -> Document:
    """Mẫu 01: the hamlet head asks the UBND xã to recognise the adopted text (Art. 11.4.a)."""
    hamlet = r.hamlet_name or DOTS
    kind = _kind(r)
    form = ADOPTION_VI[r.adoption_form] if r.adoption_form else DOTS
    body: list[Block] = [
        Paragraph([Run("Kính gửi: ", bold=True), Run(f"Ủy ban nhân dân {commune_name or DOTS}")], align="center",
                  indent_first=False),
        Paragraph.of(f"Căn cứ {DECREE};"),
        Paragraph.of(f"{hamlet} đã tổ chức xây dựng {kind} “{r.title}”. Dự thảo được niêm yết công khai từ ngày "
                     f"{_d(r.draft_posted_on)} (Điều 9) và được cộng đồng dân cư thông qua ngày {_d(r.adopted_on)} "
                     f"theo hình thức: {form.lower() if r.adoption_form else form}."),
        Paragraph.of(f"Kết quả: tổng số hộ gia đình của {hamlet}: {_n(r.households)} hộ; "
                     + (f"số hộ dự họp: {_n(r.present)} hộ ({_pct(r.present, r.households)}); "
                        if r.adoption_form is AdoptionForm.MEETING else "")
                     + f"số hộ tán thành: {_n(r.agree)} hộ, đạt {_pct(r.agree, r.households)} tổng số hộ; "
                       f"số hộ không tán thành: {_n(r.disagree)} hộ; ý kiến khác: {DOTS}."),
        Paragraph.of(f"{hamlet} đề nghị Ủy ban nhân dân {commune_name or DOTS} xem xét, công nhận {kind} "
                     f"“{r.title}”."),
        Paragraph([Run("Hồ sơ gửi kèm:", italic=True)], indent_first=True),
        Paragraph.of("- Biên bản hoặc nghị quyết thông qua (Mẫu số 02);"),
        Paragraph.of(f"- Văn bản {kind} đã được thông qua."),
        Paragraph([Run(TEMPLATE_NOTE.format(form="Mẫu số 01"), italic=True)]),
    ]
    return Document(
        issuing_body=hamlet.upper(), parent_body=commune_body, type_name="ĐỀ NGHỊ",
        summary=f"Công nhận {kind} {hamlet}", type_code="", place=place, date=r.file_sent_on,
        body=body, recipients=["Như trên", "Lưu: thôn, tổ dân phố"],
        signatures=[SignatureBlock(authority="", title="TRƯỞNG THÔN (TỔ TRƯỞNG TỔ DÂN PHỐ)", name="",
                                   note="(Ký, ghi rõ họ tên)")],
        title_for_metadata=f"Đề nghị công nhận {kind} {hamlet}",
        year=_year(r.file_sent_on, r.adopted_on))


def recognition_document(r: VillageRule, *, commune_body: str, commune_name: str, place: str,
                         signer: SignatureBlock) -> Document:
    """Mẫu 03: the UBND xã recognises the text; in force from the decision (Art. 11.3, 11.5)."""
    hamlet = r.hamlet_name or DOTS
    kind = _kind(r)
    bases = [
        "Căn cứ Luật Tổ chức chính quyền địa phương " + DOTS + ";",
        "Căn cứ Luật Thực hiện dân chủ ở cơ sở ngày 10 tháng 11 năm 2022;",
        f"Căn cứ {DECREE};",
        f"Xét đề nghị của Trưởng thôn (Tổ trưởng tổ dân phố) {hamlet} gửi ngày {_d(r.file_sent_on)} và của "
        "công chức Văn hóa - Xã hội.",
    ]
    body: list[Block] = [
        # NĐ 30 order for a decision: the issuing authority, the bases (italic), then "QUYẾT ĐỊNH:".
        Paragraph([Run(f"ỦY BAN NHÂN DÂN {commune_name.upper() or DOTS}", bold=True)], align="center",
                  indent_first=False),
        *(Paragraph([Run(line, italic=True)]) for line in bases),
        Paragraph([Run("QUYẾT ĐỊNH:", bold=True)], align="center", indent_first=False),
        Paragraph([Run("Điều 1. ", bold=True),
                   Run(f"Công nhận {kind} “{r.title}” của {hamlet}, được cộng đồng dân cư thông qua ngày "
                       f"{_d(r.adopted_on)} với {_n(r.agree)}/{_n(r.households)} hộ gia đình tán thành "
                       f"({_pct(r.agree, r.households)} tổng số hộ) (có văn bản {kind} kèm theo).")]),
        Paragraph([Run("Điều 2. ", bold=True),
                   Run(f"Quyết định này có hiệu lực kể từ ngày ký. {KIND_VI[r.kind]} được đóng dấu giáp lai "
                       "của Ủy ban nhân dân xã.")]),
        Paragraph([Run("Điều 3. ", bold=True),
                   Run(f"Văn phòng HĐND và UBND, công chức Văn hóa - Xã hội, công chức Tư pháp - Hộ tịch, "
                       f"Trưởng thôn (Tổ trưởng tổ dân phố), Trưởng ban công tác Mặt trận {hamlet} và các hộ gia "
                       "đình, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.")]),
        Paragraph([Run(TEMPLATE_NOTE.format(form="Mẫu số 03"), italic=True)]),
    ]
    return Document(
        issuing_body=commune_body, type_name="QUYẾT ĐỊNH", summary=f"Về việc công nhận {kind} {hamlet}",
        number=r.decision_number, type_code="QĐ", place=place, date=r.recognised_on,
        body=body,
        recipients=["Như Điều 3", "Ủy ban MTTQ Việt Nam xã", f"{hamlet}", "Lưu: VT"],
        signatures=[signer], title_for_metadata=f"Quyết định công nhận {kind} {hamlet}",
        year=_year(r.recognised_on, r.file_sent_on))
