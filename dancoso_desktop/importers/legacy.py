"""Legacy Vietnamese encodings and mis-decoded look-alike characters.

Offices still have files typed in TCVN3 (ABC, ".VnTime" fonts) and VNI ("VNI-Times"); in a
.docx their letters are stored as the Latin-1 characters those fonts drew over. PDFs and
copy-paste sometimes shift Vietnamese letters into look-alikes (a title printed "Kӂ HOҤCH"
is "KẾ HOẠCH" with every letter moved down by the same offset) or carry UTF-8 read as
Windows-1252 ("Káº¿"). Each repair here is applied only when the text shows its signature.
"""

from __future__ import annotations

import re
import unicodedata

# TCVN3 (ABC): the .VnTime code points of every lower-case Vietnamese letter, and the few
# capitals the encoding has (toned capitals are drawn by the ".VnTimeH" fonts from the
# lower-case codes, so a heading font means "upper-case the result").
_TCVN3_PAIRS = (
    "àµ á¸ ả¶ ã· ạ¹ ă¨ ằ» ắ¾ ẳ¼ ẵ½ ặÆ â© ầÇ ấÊ ẩÈ ẫÉ ậË đ® èÌ éÐ ẻÎ ẽÏ ẹÑ ê ª ềÒ ếÕ ểÓ ễÔ ệÖ "
    "ì× íÝ ỉØ ĩÜ ịÞ òß óã ỏá õâ ọä ô« ồå ốè ổæ ỗç ộé ơ¬ ờê ớí ởë ỡì ợî ùï úó ủñ ũò ụô "
    "ư\u00ad ừõ ứø ửö ữ÷ ựù ỳú ýý ỷû ỹü ỵþ Ă¡ Â¢ Ê£ Ô¤ Ơ¥ Ư¦ Đ§"
)
TCVN3: dict[str, str] = {}
for _pair in _TCVN3_PAIRS.replace("ê ª", "êª").split():
    TCVN3[_pair[1]] = _pair[0]
TCVN3_MARKERS = set("µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßäåæç«¬îïñõøö÷ùúûüþ¡¢£¤¥¦§")

# VNI: a base letter followed by a mark character.
_VNI_TONES = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323"}
_VNI_TONES_UP = {"Ù": "\u0301", "Ø": "\u0300", "Û": "\u0309", "Õ": "\u0303", "Ï": "\u0323"}
_VNI_HAT = {"â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309",
            "ã": "\u0302\u0303", "ä": "\u0302\u0323"}
_VNI_HAT_UP = {k.upper(): v for k, v in _VNI_HAT.items()}
_VNI_BREVE = {"ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309",
              "ü": "\u0306\u0303", "ë": "\u0306\u0323"}
_VNI_BREVE_UP = {k.upper(): v for k, v in _VNI_BREVE.items()}
_VNI_SINGLE = {"ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư", "í": "í", "ì": "ì",
               "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ", "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ"}


def _vni_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for base in "aeiouyAEIOUY":
        tones = _VNI_TONES if base.islower() else _VNI_TONES_UP
        for mark, comb in {**tones, **_VNI_TONES, **_VNI_TONES_UP}.items():
            table[base + mark] = base + comb
    for base in "aeoAEO":
        hats = {**_VNI_HAT, **_VNI_HAT_UP}
        for mark, comb in hats.items():
            table[base + mark] = base + comb
    for base in "aA":
        for mark, comb in {**_VNI_BREVE, **_VNI_BREVE_UP}.items():
            table[base + mark] = base + comb
    for horn, plain in (("ô", "ơ"), ("Ô", "Ơ"), ("ö", "ư"), ("Ö", "Ư")):
        for mark, comb in {**_VNI_TONES, **_VNI_TONES_UP}.items():
            table[horn + mark] = plain + comb
    table.update(_VNI_SINGLE)
    return {k: unicodedata.normalize("NFC", v) for k, v in table.items()}


VNI = _vni_table()
_VNI_RE = re.compile("|".join(re.escape(k) for k in sorted(VNI, key=len, reverse=True)))
_VNI_SIGNATURE = re.compile(r"[aeouyAEOUY][ùøûõïâáàåãäêéèüëÙØÛÕÏÂÁÀÅÃÄÊÉÈÜË]|[ñÑ][aeoiuAEOIU]")
_VIET_LETTERS = re.compile(r"[\u1ea0-\u1ef9ăâđêôơưĂÂĐÊÔƠƯ]")

# "Kӂ HOҤCH": the block U+1EA0–U+1EF9 (Vietnamese letters) shifted down by 0x19FC lands on
# U+04A4–U+04FD; a PDF font's ToUnicode map that lost its base does this.
_SHIFT = 0x1EA0 - 0x04A4
_SHIFTED = re.compile(r"[\u04a4-\u04fd]")
# Cyrillic and Greek capitals and small letters that look exactly like Latin ones.
_LOOKALIKE = str.maketrans({
    "А": "A", "В": "B", "Е": "E", "К": "K", "М": "M", "Н": "H", "О": "O", "Р": "P", "С": "C",
    "Т": "T", "Х": "X", "а": "a", "е": "e", "о": "o", "р": "p", "с": "c", "у": "y", "х": "x",
    "Α": "A", "Β": "B", "Ε": "E", "Κ": "K", "Μ": "M", "Ν": "N", "Ο": "O", "Ρ": "P", "Τ": "T",
    "Χ": "X", "ο": "o",
})
_MOJIBAKE = re.compile(r"(?:Ã[\u0080-\u00bf]|áº|á»|Æ°|Ä\u2018|Ä‘|Æ¡)")


def detect_legacy(text: str) -> str | None:
    """'tcvn3', 'vni' or None, from the characters the text is made of."""
    if not text:
        return None
    letters = sum(ch.isalpha() for ch in text) or 1
    unicode_viet = len(_VIET_LETTERS.findall(text))
    vni = len(_VNI_SIGNATURE.findall(text))
    # VNI's mark characters overlap TCVN3's codes; count TCVN3 only outside VNI pairs.
    tcvn = sum(1 for ch in _VNI_SIGNATURE.sub("", text) if ch in TCVN3_MARKERS)
    best, score = ("tcvn3", tcvn) if tcvn >= vni else ("vni", vni)
    if score >= 3 and score >= letters * 0.01 and unicode_viet * 4 < score:
        return best
    return None


def convert_tcvn3(text: str, *, upper: bool = False) -> str:
    out = "".join(TCVN3.get(ch, ch) for ch in text)
    if upper:
        return out.upper()
    # Without the font (plain text), a heading typed in ".VnTimeH" comes out "MụC ĐíCH": a line
    # whose plain letters are all capitals was a capitals line.
    lines = []
    for line in out.split("\n"):
        plain = [ch for ch in line if "A" <= ch.upper() <= "Z"]
        lines.append(line.upper() if len(plain) >= 4 and all(ch.isupper() for ch in plain) else line)
    return "\n".join(lines)


def convert_vni(text: str) -> str:
    return _VNI_RE.sub(lambda m: VNI[m.group(0)], text)


def convert_legacy(text: str, encoding: str, *, upper: bool = False) -> str:
    if encoding == "tcvn3":
        return convert_tcvn3(text, upper=upper)
    if encoding == "vni":
        return convert_vni(text)
    return text


def font_encoding(font_name: str | None) -> tuple[str | None, bool]:
    """The legacy encoding a font name implies, and whether it is a capitals-only font."""
    if not font_name:
        return None, False
    name = font_name.strip().lower()
    if name.startswith(".vn"):
        return "tcvn3", name.endswith("h")
    if name.startswith("vni"):
        return "vni", False
    return None, False


def repair_lookalikes(text: str) -> tuple[str, bool]:
    """Undo shifted code points, Cyrillic/Greek look-alikes inside Latin words and mojibake."""
    changed = False
    if _MOJIBAKE.search(text):
        try:
            fixed = text.encode("cp1252").decode("utf-8")
            text, changed = fixed, True
        except (UnicodeEncodeError, UnicodeDecodeError):
            pass
    if _SHIFTED.search(text):
        def shift_word(m: re.Match[str]) -> str:
            word = m.group(0)
            # Only inside words that also hold Latin letters: real Cyrillic stays Cyrillic.
            if re.search(r"[A-Za-z]", word):
                return _SHIFTED.sub(lambda c: chr(ord(c.group(0)) + _SHIFT), word)
            return word
        fixed = re.sub(r"[\w\u0300-\u036f]+", shift_word, text)
        changed = changed or fixed != text
        text = fixed
    if re.search(r"[\u0370-\u03ff\u0400-\u04ff]", text):
        def latinise(m: re.Match[str]) -> str:
            word = m.group(0)
            if re.search(r"[A-Za-zÀ-ỹ]", word):
                return word.translate(_LOOKALIKE)
            return word
        fixed = re.sub(r"\w+", latinise, text)
        changed = changed or fixed != text
        text = fixed
    if any(0xF000 <= ord(ch) <= 0xF0FF for ch in text):
        # Symbol-font private-use copies of ASCII (U+F020–U+F07E) from old Word files.
        text = "".join(chr(ord(ch) - 0xF000) if 0xF020 <= ord(ch) <= 0xF07E else ch for ch in text)
        changed = True
    return unicodedata.normalize("NFC", text), changed
