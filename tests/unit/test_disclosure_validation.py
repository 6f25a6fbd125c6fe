"""Bad input on a disclosure record: clear message naming the field, nothing changed."""

from __future__ import annotations

import unicodedata
from datetime import date

import pytest

from dancoso_desktop.domain.disclosure import ChannelUse, DisclosureRecord, DisclosureStatus
from dancoso_desktop.domain.disclosure_validation import validate_record
from dancoso_desktop.domain.errors import ValidationError, set_language
from dancoso_desktop.services.disclosure_catalogue import load_catalogue

CAT = load_catalogue()


@pytest.fixture(autouse=True)
def english_messages():  # type: ignore[no-untyped-def]
    """pytest.raises(match=…) reads str(error), which follows the current language."""
    set_language("en")
    yield
    set_language("vi")


def good(**kw: object) -> DisclosureRecord:
    base = dict(item=7, title="Danh sách hộ nghèo năm 2026", decided_on=date(2026, 3, 2),
                channels=[ChannelUse("posting", "Trụ sở HĐND - UBND xã", date(2026, 3, 3), date(2026, 4, 1))])
    base.update(kw)
    return DisclosureRecord(**base)  # type: ignore[arg-type]


def test_good_record_gets_its_year_from_the_first_start() -> None:
    assert validate_record(CAT, good()).year == 2026


def test_art_12_3_start_before_the_decision_is_refused() -> None:
    bad = good(channels=[ChannelUse("website", "", date(2026, 3, 1), date(2026, 3, 1))])
    with pytest.raises(ValidationError) as err:
        validate_record(CAT, bad)
    assert err.value.field == "channels"
    assert "trước ngày ban hành" in err.value.vi and "before the decision" in err.value.en


def test_end_before_start_is_refused() -> None:
    bad = good(channels=[ChannelUse("posting", "Trụ sở", date(2026, 3, 10), date(2026, 3, 9))])
    with pytest.raises(ValidationError, match="before the start"):
        validate_record(CAT, bad)


def test_posting_without_place_is_refused_but_radio_needs_none() -> None:
    with pytest.raises(ValidationError, match="needs a place"):
        validate_record(CAT, good(channels=[ChannelUse("posting", "  ", date(2026, 3, 3), None)]))
    assert validate_record(CAT, good(channels=[ChannelUse("radio", "", date(2026, 3, 3), date(2026, 3, 5))]))


def test_nfd_title_is_stored_nfc_and_formula_title_kept_as_text() -> None:
    nfd = unicodedata.normalize("NFD", "Kết quả bình xét hộ nghèo")
    assert validate_record(CAT, good(title=nfd)).title == unicodedata.normalize("NFC", nfd)
    assert validate_record(CAT, good(title="=cmd|' /C calc'!A0")).title == "=cmd|' /C calc'!A0"


@pytest.mark.parametrize("title", ["", "   ", "\u200b", "x" * 1001])
def test_empty_or_huge_title_is_refused(title: str) -> None:
    with pytest.raises(ValidationError) as err:
        validate_record(CAT, good(title=title))
    assert err.value.field == "title"


def test_done_needs_decision_and_a_start_planned_needs_a_date() -> None:
    with pytest.raises(ValidationError, match="decision"):
        validate_record(CAT, good(decided_on=None))
    with pytest.raises(ValidationError, match="at least one channel"):
        validate_record(CAT, good(channels=[]))
    with pytest.raises(ValidationError, match="planned date"):
        validate_record(CAT, good(status=DisclosureStatus.PLANNED, decided_on=None, channels=[]))


def test_unknown_item_channel_and_impossible_year_are_refused() -> None:
    with pytest.raises(ValidationError):
        validate_record(CAT, good(item=15))
    with pytest.raises(ValidationError):
        validate_record(CAT, good(channels=[ChannelUse("pigeon", "", date(2026, 3, 3), None)]))
    with pytest.raises(ValidationError):
        validate_record(CAT, good(decided_on=date(1900, 1, 1)))
