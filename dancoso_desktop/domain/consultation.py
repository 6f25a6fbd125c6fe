"""Consultations: the citizens comment before the commune decides (Luật 10/2022/QH15 Art. 25–29).

Plain data. The legal checks are in ``consultation_rules``; the cleaning that refuses impossible
records is ``validate_consultation`` below (nothing is written when it raises).
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum

from dancoso_desktop.domain.errors import ValidationError
from dancoso_desktop.domain.plan import MAX_YEAR, MIN_YEAR
from dancoso_desktop.domain.text import clean_line, clean_text, format_date, require_text

# The nine contents put to the citizens for comment (Art. 25, domain.md §1 (e)).
ITEMS: dict[int, tuple[str, str]] = {
    1: ("Dự thảo kế hoạch phát triển kinh tế - xã hội, phương án chuyển dịch cơ cấu kinh tế",
        "Draft socio-economic plan and economic restructuring"),
    2: ("Dự thảo quy hoạch, kế hoạch sử dụng đất; quỹ đất của xã",
        "Land-use planning and the commune land fund"),
    3: ("Chủ trương, chính sách đầu tư, đất đai, môi trường, tái định cư của dự án lớn",
        "Investment, land, environment and resettlement policy of major projects"),
    4: ("Thành lập, sáp nhập, chia, đổi tên đơn vị hành chính, thôn, tổ dân phố",
        "Creating, merging or renaming administrative units and hamlets"),
    5: ("Dự thảo quyết định của UBND xã có tác động đến cộng đồng",
        "Draft UBND decisions affecting the community"),
    6: ("Đề án, quy hoạch xây dựng, chỉnh trang đô thị, nông thôn",
        "Construction and zoning plans"),
    7: ("Dự thảo quy chế thực hiện dân chủ ở xã",
        "Draft commune democracy regulation"),
    8: ("Quyết định hành chính tác động trực tiếp đến người dân (có đối thoại, Điều 27)",
        "Decisions burdening named citizens (with dialogue, Art. 27)"),
    9: ("Nội dung khác theo quy định của pháp luật", "Other contents required by law"),
}
ITEM_SHORT_VI = {1: "KH phát triển KT-XH", 2: "Quy hoạch, sử dụng đất", 3: "Dự án lớn",
                 4: "Đơn vị hành chính, thôn", 5: "Dự thảo quyết định UBND", 6: "Quy hoạch xây dựng",
                 7: "Quy chế dân chủ", 8: "Quyết định tác động trực tiếp", 9: "Khác"}

# The forms of consultation (Art. 26.1 a–h, reporting.md §2.6): code → (letter, Vietnamese, English).
FORMS: dict[str, tuple[str, str, str]] = {
    "dialogue": ("a", "Hội nghị đối thoại", "Dialogue conference"),
    "meeting": ("b", "Họp cộng đồng dân cư", "Community meeting"),
    "ballot": ("c", "Phát phiếu lấy ý kiến hộ gia đình", "Household ballot"),
    "box_hotline": ("d", "Hòm thư góp ý, đường dây nóng", "Suggestion box or hotline"),
    "front_orgs": ("đ", "Qua Ban công tác Mặt trận, tổ chức chính trị - xã hội", "Front and mass organisations"),
    "portal": ("e", "Cổng, trang thông tin điện tử của xã", "The commune portal"),
    "telecom": ("g", "Mạng viễn thông, mạng xã hội", "Telecom and social networks"),
    "direct_dialogue": ("h", "Đối thoại trực tiếp với người dân chịu tác động", "Dialogue with those affected"),
}
FORM_CODES = tuple(FORMS)

MAX_TITLE = 1000
MAX_TEXT = 20_000
MAX_LINE = 300
MAX_COUNT = 10_000_000
MAX_OPINIONS = 2000


class Response(StrEnum):
    """How the commune answered one opinion (Art. 28.3: accepted, or explained)."""

    PENDING = "pending"
    ACCEPTED = "accepted"
    EXPLAINED = "explained"


RESPONSE_VI = {Response.PENDING: "Chưa xử lý", Response.ACCEPTED: "Tiếp thu", Response.EXPLAINED: "Giải trình"}


@dataclass
class Opinion:
    """One opinion received, optionally with who gave it and where."""

    content: str
    who: str = ""
    place: str = ""
    form: str = ""
    response: Response = Response.PENDING
    answer: str = ""


@dataclass
class Consultation:
    item: int
    title: str
    published_on: date | None = None        # the draft is made public: the period starts (Art. 28.2)
    closes_on: date | None = None           # the last day opinions are taken
    draft_document: str = ""                # "Dự thảo Kế hoạch phát triển KT-XH năm 2027"
    forms: list[str] = field(default_factory=list)
    plan_sent_on: date | None = None        # the plan sent to the HĐND and the MTTQ (Art. 28.1)
    counts: dict[str, int] = field(default_factory=dict)   # opinions received per form
    accepted: int = 0                       # opinions accepted (tiếp thu)
    explained: int = 0                      # opinions explained (giải trình)
    opinions: list[Opinion] = field(default_factory=list)
    result_published_on: date | None = None  # result and explanations made public (Art. 11 item 11)
    disclosure_id: int | None = None        # the disclosure register's record of that publication
    reported_hdnd_on: date | None = None    # reported to the HĐND at its regular session (Art. 28.5)
    hdnd_session: str = ""
    delegated_from: str = ""                # consulted for a higher body (Art. 28.4)
    notes: str = ""
    id: int | None = None

    @property
    def year(self) -> int:
        return self.published_on.year if self.published_on else 0

    @property
    def received(self) -> int:
        return sum(self.counts.values())


def item_name(item: int) -> str:
    return ITEMS.get(item, ("", ""))[0]


def form_label(code: str) -> str:
    letter, vi, _ = FORMS[code]
    return f"{letter}) {vi}"


def check_count(value: object, vi_name: str, en_name: str, field: str, *, maximum: int = MAX_COUNT) -> int:
    """A whole, non-negative count; 2.5 households or -1 opinions are refused, 3.0 is 3."""
    if isinstance(value, bool) or value is None:
        raise ValidationError(f"{vi_name} phải là số nguyên.", f"{en_name} must be a whole number.", field=field)
    if not isinstance(value, int):
        try:
            as_float = float(value)  # type: ignore[arg-type]
        except (TypeError, ValueError):
            raise ValidationError(f"{vi_name} phải là số nguyên.", f"{en_name} must be a whole number.",
                                  field=field) from None
        if as_float != as_float or not as_float.is_integer():
            raise ValidationError(f"{vi_name} phải là số nguyên, không có phần lẻ ({value}).",
                                  f"{en_name} must be a whole number, not {value}.", field=field)
        value = int(as_float)
    if value < 0:
        raise ValidationError(f"{vi_name} không được âm ({value}).", f"{en_name} must not be negative ({value}).",
                              field=field)
    if value > maximum:
        raise ValidationError(f"{vi_name} quá lớn ({value}).", f"{en_name} is too large ({value}).", field=field)
    return value


def check_date(d: date | None, vi_name: str, en_name: str, field: str) -> None:
    if d is not None and not MIN_YEAR <= d.year <= MAX_YEAR:
        raise ValidationError(f"{vi_name} ({format_date(d)}) nằm ngoài khoảng năm {MIN_YEAR}–{MAX_YEAR}.",
                              f"{en_name} ({d.isoformat()}) is outside {MIN_YEAR}–{MAX_YEAR}.", field=field)


def check_text(text: str | None, vi_name: str, en_name: str, field: str, max_len: int,
               *, multiline: bool = False) -> str:
    value = clean_text(text, multiline=multiline) if multiline else clean_line(text)
    if len(value) > max_len:
        raise ValidationError(f"{vi_name} quá dài ({len(value):,} ký tự, tối đa {max_len:,}).".replace(",", "."),
                              f"{en_name} is too long ({len(value):,} characters, at most {max_len:,}).",
                              field=field)
    return value


def _not_before(later: date | None, earlier: date | None, vi: str, en: str, field: str) -> None:
    if later is not None and earlier is not None and later < earlier:
        raise ValidationError(vi, en, field=field)


def validate_consultation(c: Consultation) -> Consultation:
    """Clean ``c`` (NFC text, known codes, whole counts) or refuse it with a message."""
    if c.item not in ITEMS:
        raise ValidationError("Nội dung lấy ý kiến phải là một trong 9 nội dung của Điều 25.",
                              "The content must be one of the nine items of Art. 25.", field="item")
    title = require_text(c.title, vi_name="Tên nội dung lấy ý kiến", en_name="Title", max_len=MAX_TITLE,
                         field="title")
    if c.published_on is None:
        raise ValidationError("Hãy nhập ngày công bố dự thảo (ngày bắt đầu lấy ý kiến).",
                              "Enter the day the draft was published (the consultation opens).",
                              field="published_on")
    if c.closes_on is None:
        raise ValidationError("Hãy nhập ngày kết thúc lấy ý kiến.", "Enter the day the consultation closes.",
                              field="closes_on")
    for d, vi, en, f in ((c.published_on, "Ngày công bố", "Publication day", "published_on"),
                         (c.closes_on, "Ngày kết thúc", "Closing day", "closes_on"),
                         (c.plan_sent_on, "Ngày gửi kế hoạch", "Plan sent", "plan_sent_on"),
                         (c.result_published_on, "Ngày công khai kết quả", "Result published",
                          "result_published_on"),
                         (c.reported_hdnd_on, "Ngày báo cáo HĐND", "Reported to the HĐND", "reported_hdnd_on")):
        check_date(d, vi, en, f)
    _not_before(c.closes_on, c.published_on,
                f"Ngày kết thúc lấy ý kiến ({format_date(c.closes_on)}) trước ngày công bố "
                f"({format_date(c.published_on)}): cuộc lấy ý kiến không thể kết thúc trước khi bắt đầu.",
                f"The consultation closes ({c.closes_on}) before it opens ({c.published_on}).", "closes_on")
    _not_before(c.result_published_on, c.published_on,
                "Ngày công khai kết quả không được trước ngày công bố dự thảo.",
                "The result cannot be published before the draft.", "result_published_on")
    _not_before(c.reported_hdnd_on, c.published_on,
                "Ngày báo cáo HĐND không được trước ngày công bố dự thảo.",
                "The report to the HĐND cannot come before the draft was published.", "reported_hdnd_on")
    forms = list(dict.fromkeys(c.forms))
    unknown = [f for f in forms if f not in FORMS]
    if unknown:
        raise ValidationError(f"Hình thức lấy ý kiến “{unknown[0]}” không có trong Điều 26.",
                              f"Unknown consultation form “{unknown[0]}” (Art. 26).", field="forms")
    counts: dict[str, int] = {}
    for code, value in c.counts.items():
        if code not in FORMS:
            raise ValidationError(f"Hình thức lấy ý kiến “{code}” không có trong Điều 26.",
                                  f"Unknown consultation form “{code}” (Art. 26).", field="counts")
        n = check_count(value, f"Số ý kiến qua “{FORMS[code][1]}”", f"Opinions by “{FORMS[code][2]}”", "counts")
        if n:
            counts[code] = n
            if code not in forms:
                forms.append(code)
    forms.sort(key=FORM_CODES.index)
    accepted = check_count(c.accepted, "Số ý kiến tiếp thu", "Opinions accepted", "accepted")
    explained = check_count(c.explained, "Số ý kiến giải trình", "Opinions explained", "explained")
    received = sum(counts.values())
    if accepted + explained > received:
        raise ValidationError(
            f"Số ý kiến tiếp thu ({accepted}) và giải trình ({explained}) nhiều hơn số ý kiến nhận được "
            f"({received}).",
            f"Opinions accepted ({accepted}) and explained ({explained}) exceed those received ({received}).",
            field="accepted")
    if len(c.opinions) > MAX_OPINIONS:
        raise ValidationError(f"Tối đa {MAX_OPINIONS} ý kiến chi tiết.", f"At most {MAX_OPINIONS} opinions.",
                              field="opinions")
    opinions = []
    for i, o in enumerate(c.opinions, start=1):
        content = check_text(o.content, f"Ý kiến thứ {i}", f"Opinion {i}", "opinions", MAX_TEXT, multiline=True)
        if not content:
            raise ValidationError(f"Ý kiến thứ {i} chưa có nội dung.", f"Opinion {i} has no text.",
                                  field="opinions")
        if o.form and o.form not in FORMS:
            raise ValidationError(f"Ý kiến thứ {i}: hình thức “{o.form}” không có trong Điều 26.",
                                  f"Opinion {i}: unknown form “{o.form}”.", field="opinions")
        opinions.append(Opinion(content, check_text(o.who, "Người góp ý", "Who", "opinions", MAX_LINE),
                                check_text(o.place, "Nơi góp ý", "Where", "opinions", MAX_LINE), o.form,
                                Response(o.response),
                                check_text(o.answer, "Nội dung tiếp thu, giải trình", "Answer", "opinions",
                                           MAX_TEXT, multiline=True)))
    return replace(
        c, title=title, forms=forms, counts=counts, accepted=accepted, explained=explained, opinions=opinions,
        draft_document=check_text(c.draft_document, "Dự thảo văn bản", "Draft document", "draft_document",
                                  MAX_TITLE),
        hdnd_session=check_text(c.hdnd_session, "Kỳ họp HĐND", "HĐND session", "hdnd_session", MAX_LINE),
        delegated_from=check_text(c.delegated_from, "Cơ quan đề nghị lấy ý kiến", "Delegated from",
                                  "delegated_from", MAX_LINE),
        notes=check_text(c.notes, "Ghi chú", "Notes", "notes", MAX_TEXT, multiline=True))
