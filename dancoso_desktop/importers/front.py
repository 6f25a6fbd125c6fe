"""The document data around the outline: header, number, place and date, type and summary,
legal bases, recipients, signer and the reporting deadlines written in the text.

The layout these follow is Decree 30/2020's (NĐ 30/2020 PL I, domain.md §3): issuing body and
"Số:" on the left, the national motto and the italic place-date line on the right, the type
("KẾ HOẠCH") and summary centred, "Nơi nhận:" beside the signature block (TM./KT./Q. line,
title, name) at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from dancoso_desktop.domain.plan import Signer
from dancoso_desktop.domain.text import clean_line, fold
from dancoso_desktop.importers.model import Block, Note
from dancoso_desktop.importers.outline import mostly_upper

_NUMBER = re.compile(r"^Số\s*[:.]?\s*(?P<n>[^\s].*?)?\s*$")
_PLACE_DATE = re.compile(
    r"^(?:(?P<place>[^,]{2,60}?)\s*,\s*)?ngày\s*(?P<d>\d{1,2})?\s*[\s_.…]*tháng\s*(?P<m>\d{1,2})?"
    r"\s*[\s_.…]*năm\s*(?P<y>\d{4})?", re.I)
_TYPES = ("KẾ HOẠCH", "CHƯƠNG TRÌNH")
_MOTTO = ("cong hoa xa hoi chu nghia viet nam", "doc lap - tu do - hanh phuc", "doc lap tu do hanh phuc")
_BASIS = re.compile(r"^(Căn cứ|Thực hiện|Theo|Xét|Triển khai|Để)\b", re.I)
_AUTHORITY = re.compile(r"^(TM|T/M|KT|Q|TL|TUQ|TQ)\s*[./]\s*\S", re.I)
_SIGNED = re.compile(r"^[(\[]?\s*(đã ký|ký|ký tên|ký,|đóng dấu)", re.I)
_DEADLINE = re.compile(r"(?:trước|chậm nhất|hạn)\s+(?:(?:vào\s+)?ngày\s+)?(\d{1,2})\s*/\s*(\d{1,2})(?:\s*/\s*(\d{4}))?", re.I)
_PERIOD = re.compile(r"(\d{1,2})\s*tháng|(quý)\s*([IV]+|\d)?|(năm)\b", re.I)


@dataclass
class FrontMatter:
    issuing_body: str = ""
    parent_body: str = ""
    number: str = ""
    place: str = ""
    date: date | None = None
    date_year: int | None = None
    type_name: str = ""
    title: str = ""
    legal_bases: list[str] = field(default_factory=list)
    intro: str = ""
    unplaced: list[str] = field(default_factory=list)


_MOTTO_TEXT = re.compile(r"CỘNG\s+H[ÒO]À?\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc",
                         re.I)


def split_layout_line(text: str) -> list[str]:
    """A header line extracted with its two columns side by side ("UBND XÃ A   CỘNG HÒA …",
    "Số: 05/KH-UBND   A, ngày …") as its parts."""
    parts = [p.strip() for p in re.split(r"\s{3,}", text) if p.strip()]
    out: list[str] = []
    for p in parts:
        if _PLACE_DATE.match(p):
            out.append(p)
            continue
        m = re.search(r"\s(Số\s*:|[A-ZĐ][\w]*(?:\s[A-ZĐ][\w]*){0,4},\s*ngày\b)", p)
        if m and not p.startswith("Số"):
            out.extend([p[: m.start()].strip(), p[m.start():].strip()])
        else:
            out.append(p)
    return out


def is_motto(text: str) -> bool:
    f = fold(text).replace("–", "-")
    return any(f.startswith(m) for m in _MOTTO) or f.startswith("doc lap")


def read_front(blocks: list[Block], notes: list[Note]) -> FrontMatter:
    fm = FrontMatter()
    expanded: list[Block] = []
    for b in blocks:
        parts = split_layout_line(b.text) if len(b.text) < 160 else [b.text]
        expanded.extend(Block(p, centered=b.centered, right=b.right) for p in parts if not is_motto(p))
    blocks = expanded
    header: list[str] = []
    i = 0
    seen_type = False
    while i < len(blocks):
        text = blocks[i].text
        m_num = _NUMBER.match(text)
        m_date = _PLACE_DATE.match(text)
        if is_motto(text):
            pass
        elif m_num and not seen_type and len(text) < 60:
            number = (m_num.group("n") or "").strip()
            # "Số:      /KH-UBND" is a number not yet given.
            fm.number = "" if number.startswith("/") or not re.search(r"\d", number) else number
        elif m_date and not seen_type and len(text) < 90:
            fm.place = clean_line(m_date.group("place") or "")
            d, mo, y = m_date.group("d"), m_date.group("m"), m_date.group("y")
            fm.date_year = int(y) if y else None
            if d and mo and y:
                try:
                    fm.date = date(int(y), int(mo), int(d))
                except ValueError:
                    notes.append(Note(f"Ngày ban hành “{text}” không có thật; để trống.",
                                      f"The date of issue “{text}” does not exist; left blank."))
            elif y:
                notes.append(Note("Ngày ban hành còn để trống trong văn bản; giữ là chưa biết.",
                                  "The date of issue is left blank in the document; kept as unknown."))
        elif not seen_type and any(text.upper().startswith(t) for t in _TYPES) and (
                text[:8].isupper() or len(text.strip()) <= len("CHƯƠNG TRÌNH")):
            seen_type = True
            # A bare type line may come out mixed-case from a legacy capitals font ("Kế HOạCH").
            type_name = next(t for t in _TYPES if text.upper().startswith(t))
            fm.type_name = type_name
            rest = text[len(type_name):].strip(" :-–")
            if rest:
                fm.title = rest
            elif i + 1 < len(blocks):
                i += 1
                fm.title = blocks[i].text
                # A summary drawn over two centred lines.
                while (i + 1 < len(blocks) and blocks[i + 1].centered and not _BASIS.match(blocks[i + 1].text)
                       and len(fm.title) < 200 and not blocks[i + 1].text.startswith(("-", "—"))):
                    i += 1
                    fm.title += " " + blocks[i].text
            fm.title = fm.title.strip(" -–—_")
        elif not seen_type and not fm.number and not fm.date and mostly_upper(text) and len(text) < 80:
            header.append(text)
        elif seen_type or _BASIS.match(text):
            if "như sau" in text.lower():
                basis, intro = _split_intro(text)
                if basis:
                    fm.legal_bases.append(basis)
                fm.intro = (fm.intro + "\n" + intro).strip()
            elif _BASIS.match(text) and not fm.intro:
                fm.legal_bases.append(text)
            elif re.fullmatch(r"[-_–—\s]+", text):
                pass
            else:
                fm.intro = (fm.intro + "\n" + text).strip()
        elif header and mostly_upper(text) and len(text) < 80:
            header.append(text)
        elif re.fullmatch(r"[-_–—\s]+", text):
            pass
        else:
            fm.unplaced.append(text)
        i += 1
    _issuer(fm, header)
    return fm


def _split_intro(text: str) -> tuple[str, str]:
    """'Căn cứ …; … . Thực hiện …, UBND xã ban hành Kế hoạch … như sau:' → bases, intro."""
    if not _BASIS.match(text) or not text.lower().startswith("căn cứ"):
        return "", text
    cut = max(text.rfind(". ", 0, text.lower().rfind("như sau")), -1)
    if cut <= 0:
        return "", text
    return text[: cut + 1].strip(), text[cut + 2:].strip()


def _issuer(fm: FrontMatter, header: list[str]) -> None:
    """'UBND HUYỆN X' above 'ỦY BAN NHÂN DÂN XÃ Y': the last body issues, the one above is parent."""
    lines = [h for h in header if not is_motto(h)]
    if not lines:
        return
    joined = " ".join(lines)
    m = re.search(r"(ỦY BAN NHÂN DÂN|UỶ BAN NHÂN DÂN|UBND)\s+(XÃ|PHƯỜNG|THỊ TRẤN|ĐẶC KHU)\b.*$", joined)
    if m and m.start() > 0:
        fm.parent_body = joined[: m.start()].strip()
        fm.issuing_body = m.group(0).strip()
    else:
        fm.issuing_body = joined


@dataclass
class Closing:
    recipients: list[str] = field(default_factory=list)
    signer: Signer | None = None
    unplaced: list[str] = field(default_factory=list)


def read_closing(blocks: list[Block]) -> Closing:
    """Recipients ('- …;' lines after 'Nơi nhận:') and the signer, whichever column they sit in."""
    out = Closing()
    ordered = [b for b in blocks if not b.right] + [b for b in blocks if b.right]
    sign_lines: list[str] = []
    in_recipients = False
    for b in ordered:
        text = b.text.strip()
        if not text:
            continue
        f = fold(text)
        if f.startswith("noi nhan"):
            in_recipients = True
            rest = text.split(":", 1)[1].strip() if ":" in text else ""
            if rest:
                out.recipients.append(_recipient(rest))
            continue
        if _AUTHORITY.match(text) or (sign_lines and mostly_upper(text)) or (
                mostly_upper(text) and len(text) < 60 and ("CHỦ TỊCH" in text.upper() or "TRƯỞNG" in text.upper())):
            sign_lines.append(text)   # the signature may sit beside the recipients, line by line
            continue
        if text.startswith(("-", "+", "•", "–")) and (in_recipients or out.recipients):
            out.recipients.append(_recipient(text))
            continue
        if in_recipients and out.recipients and not out.recipients[-1].endswith(("VT", ".")) \
                and not _looks_like_name(text) and not b.right:
            out.recipients[-1] = (out.recipients[-1] + " " + _recipient(text)).strip()
            continue
        if _SIGNED.match(text):
            continue
        if sign_lines and _looks_like_name(text):
            sign_lines.append("\x00" + text)
            continue
        out.unplaced.append(text)
    out.recipients = [r for r in out.recipients if r]
    if sign_lines:
        out.signer = _signer(sign_lines)
    return out


def _recipient(text: str) -> str:
    text = re.sub(r"^[-+•–]\s*", "", text.strip())
    return clean_line(text.rstrip(";,").rstrip("."))


def _looks_like_name(text: str) -> bool:
    words = text.split()
    return 2 <= len(words) <= 6 and all(w[:1].isupper() for w in words) and not mostly_upper(text) \
        and not any(ch.isdigit() for ch in text)


_TITLE_WORDS = ("CHỦ TỊCH", "TRƯỞNG", "ỦY BAN", "UỶ BAN", "UBND", "GIÁM ĐỐC", "BÍ THƯ", "THƯ KÝ", "TM.", "KT.",
                "Q.", "T/M", "TL.", "CÔNG CHỨC", "VĂN PHÒNG", "HỘI ĐỒNG")


def _signer(lines: list[str]) -> Signer:
    names = [ln[1:] for ln in lines if ln.startswith("\x00")]
    titles = [ln for ln in lines if not ln.startswith("\x00")]
    if not names and len(titles) >= 2 and not any(w in titles[-1].upper() for w in _TITLE_WORDS) \
            and 2 <= len(titles[-1].split()) <= 6:
        names = [titles.pop()]    # a name typed in capitals: "NGUYỄN VĂN AN"
    authority = ""
    if titles and re.match(r"^(TM|T/M)\s*[./]", titles[0], re.I):
        authority = titles.pop(0)
    return Signer(authority=clean_line(authority), title=clean_line(" / ".join(titles)),
                  name=clean_line(names[-1] if names else ""))


def read_deadlines(texts: list[str], year: int) -> list[dict[str, str]]:
    """'báo cáo 6 tháng gửi trước ngày 05/6' → {'kind': '6 tháng', 'due': '05/6', …}."""
    found: list[dict[str, str]] = []
    for text in texts:
        if "báo cáo" not in text.lower():
            continue
        last_end = 0
        for m in _DEADLINE.finditer(text):
            report_at = text.lower().rfind("báo cáo", 0, m.start())
            if report_at < 0 or m.start() - report_at > 260:
                continue
            window = text[max(last_end, report_at, m.start() - 80): m.start()]
            periods = list(_PERIOD.finditer(window))
            last_end = m.end()
            if not periods:
                continue
            p = periods[-1]
            if p.group(1):
                kind = f"{int(p.group(1))} tháng"
                kind = "năm" if kind == "12 tháng" else kind
            elif p.group(2):
                kind = f"quý {p.group(3)}" if p.group(3) else "quý"
            else:
                kind = "năm"
            day, month, yr = int(m.group(1)), int(m.group(2)), int(m.group(3) or year)
            try:
                iso = date(yr, month, day).isoformat()
            except ValueError:
                continue
            entry = {"kind": kind, "due": f"{m.group(1)}/{m.group(2)}", "date": iso,
                     "text": clean_line(text[max(report_at, m.start() - 80): m.end()])}
            if not any(e["kind"] == kind and e["date"] == iso for e in found):
                found.append(entry)
    return found
