"""The draft of the receiving office's consolidated report (issue 14 item 5), as a neutral
``documents.model.Document`` rendered by the existing PDF/DOCX renderers.

Kept in this one module so that the report builder (issue 11) can take it over after merging:
``build_rollup_document(office, r)`` only needs the roll-up and the office's name.
"""

from __future__ import annotations

from datetime import date

from dancoso_desktop.documents import model
from dancoso_desktop.domain.reporting import ReportKind
from dancoso_desktop.domain.text import format_number
from dancoso_desktop.services.rollup_service import Rollup


def _n(value: float) -> str:
    return format_number(value, 0 if float(value).is_integer() else 2)


def build_rollup_document(office: str, r: Rollup, *, today: date | None = None) -> model.Document:
    label = ReportKind(r.kind).label_vi
    expected, received = len(r.communes), len(r.received)
    on_time = received - len(r.late)
    body: list[model.Block] = [
        model.Heading(1, "I.", "TÌNH HÌNH NHẬN BÁO CÁO"),
        model.Paragraph.of(
            f"Đến ngày {(today or date.today()):%d/%m/%Y}, đã nhận báo cáo của {received}/{expected} xã, phường "
            f"({on_time} báo cáo đúng hạn, {len(r.late)} báo cáo trễ hạn so với hạn {r.due:%d/%m/%Y}); "
            f"còn {len(r.missing)} xã, phường chưa báo cáo."),
    ]
    if r.missing:
        body.append(model.Paragraph.of("Các xã, phường chưa báo cáo:"))
        body += [model.ListItem(f"{c.name} ({c.province})") for c in r.missing[:200]]
        if len(r.missing) > 200:
            body.append(model.ListItem(f"và {len(r.missing) - 200} xã, phường khác (xem bảng tính kèm theo)"))
    body.append(model.Heading(1, "II.", "KẾT QUẢ TỔNG HỢP SỐ LIỆU"))
    groups: dict[str, list[list[str]]] = {}
    for t in r.totals:
        groups.setdefault(t.group, []).append([t.label, t.unit, _n(t.total), str(t.communes)])
    rows: list[list[str]] = []
    for group, items in groups.items():
        rows.append([group, "", "", ""])
        rows += items
    if rows:
        body.append(model.Table(["Chỉ tiêu", "Đơn vị tính", "Tổng số", "Số xã báo cáo"], rows, widths=[6, 2, 2, 2]))
    else:
        body.append(model.Paragraph.of("Chưa có số liệu của kỳ báo cáo này."))
    body.append(model.Heading(1, "III.", "NHỮNG ĐỊA PHƯƠNG CẦN LƯU Ý"))
    if r.standing_out:
        body += [model.ListItem(f"{c.name} ({c.province}): {'; '.join(c.standouts).lower()}")
                 for c in r.standing_out[:300]]
    else:
        body.append(model.Paragraph.of("Không có địa phương nào có số liệu bất thường."))
    body += [model.Heading(1, "IV.", "ĐÁNH GIÁ CHUNG VÀ KIẾN NGHỊ"),
             model.Paragraph.of("(Cơ quan tổng hợp bổ sung nhận xét, đánh giá và kiến nghị.)")]
    return model.Document(
        issuing_body=office.upper(), type_name="BÁO CÁO",
        summary=f"Tổng hợp kết quả thực hiện dân chủ ở cơ sở {label} năm {r.year}",
        type_code="BC", body=body, recipients=["Như trên", "Lưu: VT"],
        signatures=[model.SignatureBlock("", "GIÁM ĐỐC", "")], year=r.year,
        title_for_metadata=f"Báo cáo tổng hợp {label} năm {r.year}")
