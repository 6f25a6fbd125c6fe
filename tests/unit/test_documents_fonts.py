"""The document font: system Times New Roman when it covers Vietnamese, else the bundled one."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from dancoso_desktop import paths
from dancoso_desktop.documents import fonts


@pytest.fixture
def fresh_fonts() -> Iterator[None]:
    fonts.font_set.cache_clear()
    yield
    fonts.font_set.cache_clear()


def _bundled() -> dict[str, Path]:
    return {k: paths.resource("fonts", v) for k, v in fonts._BUNDLED.items()}


def test_bundled_font_and_licence_ship_with_every_vietnamese_letter() -> None:
    files = _bundled()
    assert all(p.is_file() for p in files.values())
    assert "SIL Open Font License" in paths.resource("fonts", "LICENSE-LiberationSerif.txt").read_text()
    from reportlab.pdfbase.ttfonts import TTFont

    for style, path in files.items():
        assert fonts._covers_vietnamese(TTFont(f"probe-{style}", str(path))), style
    assert len(fonts.VIETNAMESE_LETTERS) == 12 * 6 * 2 + 2


def test_system_times_new_roman_is_preferred(fresh_fonts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DANCOSO_BUNDLED_FONT", raising=False)
    missing = {k: Path("/nonexistent") / f"{k}.ttf" for k in fonts.STYLES}
    monkeypatch.setattr(fonts, "_system_candidates", lambda: [missing, _bundled()])
    assert fonts.font_set().source == "system"


def test_a_system_font_without_vietnamese_is_refused(fresh_fonts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DANCOSO_BUNDLED_FONT", raising=False)
    monkeypatch.setattr(fonts, "_system_candidates", lambda: [_bundled()])
    monkeypatch.setattr(fonts, "_covers_vietnamese", lambda font: False)   # as Liberation 1.x
    chosen = fonts.font_set()
    assert chosen.source == "bundled" and chosen.files["bold"].name == "LiberationSerif-Bold.ttf"


def test_missing_characters_are_named(fresh_fonts: None, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DANCOSO_BUNDLED_FONT", "1")   # the same answer on a PC with Times New Roman
    assert fonts.missing_characters(["Nhân dân ✓ 😀\n\t"]) == {"✓": "CHECK MARK", "😀": "GRINNING FACE"}
    assert fonts.missing_characters(["Đ đ Ữ ỹ Ặ"]) == {}
