"""The font of official documents: Times New Roman (NĐ 30/2020 PL I, domain.md §3).

The system's Times New Roman is used where it exists (every Windows PC) and covers Vietnamese;
otherwise the bundled Liberation Serif 2.x (metric-compatible with Times New Roman, every
Vietnamese letter; SIL OFL, licence beside it in resources/fonts/). Liberation 1.x is never
used: it lacks 92 Vietnamese letters, so a found font is checked for full coverage first.
"""

from __future__ import annotations

import logging
import os
import struct
import threading
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from dancoso_desktop import paths

log = logging.getLogger(__name__)

FAMILY = "Times New Roman"          # the name DOCX and XLSX files ask for
PDF_FAMILY = "DancosoSerif"         # ReportLab's registered names: DancosoSerif, -Bold, …
STYLES = ("regular", "bold", "italic", "bolditalic")

_BUNDLED = {"regular": "LiberationSerif-Regular.ttf", "bold": "LiberationSerif-Bold.ttf",
            "italic": "LiberationSerif-Italic.ttf", "bolditalic": "LiberationSerif-BoldItalic.ttf"}
_WINDOWS = {"regular": "times.ttf", "bold": "timesbd.ttf", "italic": "timesi.ttf",
            "bolditalic": "timesbi.ttf"}
_MSCORE = {"regular": "Times_New_Roman.ttf", "bold": "Times_New_Roman_Bold.ttf",
           "italic": "Times_New_Roman_Italic.ttf", "bolditalic": "Times_New_Roman_Bold_Italic.ttf"}

# Every letter of Vietnamese (lower and upper case, all tones): a font must draw them all.
_BASES = "aăâeêioôơuưy"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")
VIETNAMESE_LETTERS = frozenset(
    ch for base in _BASES for tone in _TONES
    for ch in (unicodedata.normalize("NFC", base + tone), unicodedata.normalize("NFC", base.upper() + tone))
) | {"đ", "Đ"}

_lock = threading.Lock()


@dataclass(frozen=True)
class FontSet:
    """The four styles of the document font, as files, and where they came from."""

    files: dict[str, Path]
    source: str                    # "system" | "bundled"

    def pdf_name(self, bold: bool = False, italic: bool = False) -> str:
        return PDF_FAMILY + {(False, False): "", (True, False): "-Bold", (False, True): "-Italic",
                             (True, True): "-BoldItalic"}[(bold, italic)]


def _system_candidates() -> list[dict[str, Path]]:
    found = []
    windir = os.environ.get("WINDIR") or os.environ.get("SystemRoot")
    dirs = [Path(windir) / "Fonts"] if windir else []
    for d in dirs:
        found.append({k: d / v for k, v in _WINDOWS.items()})
    for d in (Path("/usr/share/fonts/truetype/msttcorefonts"), Path("/Library/Fonts"),
              Path("/System/Library/Fonts/Supplemental")):
        found.append({k: d / v for k, v in _MSCORE.items()})
        found.append({k: d / v.replace("_", " ") for k, v in _MSCORE.items()})
    return found


def _covers_vietnamese(font: TTFont) -> bool:
    cmap = font.face.charToGlyph
    return all(ord(ch) in cmap for ch in VIETNAMESE_LETTERS)


@lru_cache(maxsize=1)
def font_set() -> FontSet:
    """Find the document font (system Times New Roman, else bundled) and register it in ReportLab.

    Set DANCOSO_BUNDLED_FONT=1 to skip the system font (tests that must not depend on the PC).
    """
    with _lock:
        chosen: FontSet | None = None
        if os.environ.get("DANCOSO_BUNDLED_FONT") != "1":
            for files in _system_candidates():
                if all(p.is_file() for p in files.values()):
                    try:
                        if _register(files):
                            chosen = FontSet(files, "system")
                            break
                    except (TTFError, OSError, ValueError, KeyError, IndexError, struct.error) as exc:
                        # A broken font file on this PC: fall back to ours, and say which.
                        log.warning("System font %s is unusable (%s); using the bundled font",
                                    files.get("regular"), exc)
                        continue
        if chosen is None:
            files = {k: paths.resource("fonts", v) for k, v in _BUNDLED.items()}
            _register(files, check=False)
            chosen = FontSet(files, "bundled")
        return chosen


def _register(files: dict[str, Path], *, check: bool = True) -> bool:
    fonts = {style: TTFont(PDF_FAMILY + suffix, str(files[style]))
             for style, suffix in zip(STYLES, ("", "-Bold", "-Italic", "-BoldItalic"), strict=True)}
    if check and not all(_covers_vietnamese(f) for f in fonts.values()):
        return False
    for f in fonts.values():
        pdfmetrics.registerFont(f)
    pdfmetrics.registerFontFamily(PDF_FAMILY, normal=PDF_FAMILY, bold=PDF_FAMILY + "-Bold",
                                  italic=PDF_FAMILY + "-Italic", boldItalic=PDF_FAMILY + "-BoldItalic")
    return True


def coverage() -> frozenset[int]:
    """Code points the regular document font draws."""
    font_set()
    font = pdfmetrics.getFont(PDF_FAMILY)
    return frozenset(font.face.charToGlyph)  # type: ignore[attr-defined]


def missing_characters(texts: list[str]) -> dict[str, str]:
    """Characters of ``texts`` the font cannot draw, each with its Unicode name (emoji…)."""
    cmap = coverage()
    missing: dict[str, str] = {}
    for text in texts:
        for ch in set(text):
            if ord(ch) not in cmap and ch not in "\n\t\r" and ch not in missing:
                missing[ch] = unicodedata.name(ch, f"U+{ord(ch):04X}")
    return dict(sorted(missing.items()))
