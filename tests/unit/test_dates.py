"""British dates and chat phrases, resolved against a fixed today (Monday 23 November 2026)."""

from datetime import date

import pytest

from domain.dates import describe_due, parse_due, parse_written_date
from domain.errors import BadDate

TODAY = date(2026, 11, 23)


@pytest.mark.parametrize(("text", "expected"), [
    ("17/02/2027", date(2027, 2, 17)),
    ("17.02.27", date(2027, 2, 17)),
    ("17-2-2027", date(2027, 2, 17)),
    ("17 Feb", date(2027, 2, 17)),
    ("17th February 2027", date(2027, 2, 17)),
    ("Tuesday 21st April 2027", date(2027, 4, 21)),
    ("tomorrow", date(2026, 11, 24)),
    ("today", TODAY),
    ("next Friday", date(2026, 11, 27)),
    ("Monday", date(2026, 11, 30)),
    ("end of March", date(2027, 3, 31)),
    ("end of the month", date(2026, 11, 30)),
    ("in two weeks", date(2026, 12, 7)),
    ("in 3 days", date(2026, 11, 26)),
    ("in a month", date(2026, 12, 23)),
    ("by 1 December", date(2026, 12, 1)),
    ("25/12", date(2026, 12, 25)),
    ("01/01", date(2027, 1, 1)),
])
def test_a_due_date_typed_in_chat_is_read_the_british_way(text, expected):
    assert parse_due(text, TODAY).date == expected


def test_minutes_dates_keep_their_year_even_when_it_has_passed():
    assert parse_written_date("17.02.15", TODAY) == date(2015, 2, 17)
    assert parse_written_date("by July 2015", TODAY) == date(2015, 7, 31)


def test_words_that_name_no_date_give_none():
    for text in ("asap", "ongoing", "TBC", ""):
        assert parse_written_date(text, TODAY) is None


@pytest.mark.parametrize("text", ["31/02/2027", "30.02.27", "29/02/2027"])
def test_an_impossible_date_is_refused_with_a_hint(text):
    with pytest.raises(BadDate, match="not a real date.*Try a date such as"):
        parse_due(text, TODAY)


@pytest.mark.parametrize("text", ["17/02/2015", "yesterday-ish", "", "   ", "whenever"])
def test_a_past_or_unreadable_due_date_is_refused(text):
    with pytest.raises(BadDate, match="Try a date such as|Say when"):
        parse_due(text, TODAY)


def test_the_words_as_typed_are_kept_beside_the_date():
    assert parse_due("next Friday", TODAY).text == "next Friday"


@pytest.mark.parametrize(("due", "words"), [
    (date(2026, 11, 20), "overdue by 3 days (Fri 20 Nov)"),
    (date(2026, 11, 22), "overdue by 1 day (Sun 22 Nov)"),
    (TODAY, "due today"),
    (date(2026, 11, 24), "due tomorrow"),
    (date(2026, 11, 27), "due Friday (27 Nov)"),
    (date(2026, 12, 17), "due Thu 17 Dec"),
    (date(2027, 2, 1), "due Mon 1 Feb 2027"),
    (date(2015, 2, 17), "overdue by 4297 days (Tue 17 Feb 2015)"),
    (date(2025, 12, 30), "overdue by 328 days (Tue 30 Dec 2025)"),
    (None, "no date"),
])
def test_a_due_date_is_described_relative_to_today(due, words):
    assert describe_due(due, TODAY) == words


@pytest.mark.parametrize("text", ["end of March 0000", "in 99999999 days", "31/12/0000"])
def test_dates_beyond_the_calendar_are_refused_not_crashed_on(text):
    with pytest.raises(BadDate):
        parse_due(text, TODAY)


def test_a_due_date_more_than_ten_years_ahead_is_refused_in_one_line():
    from domain.dates import check_within_reach

    today = date(2026, 11, 23)
    assert check_within_reach(date(2036, 11, 1), today) == date(2036, 11, 1)
    with pytest.raises(BadDate, match="31 December 9999 is too far ahead"):
        check_within_reach(date(9999, 12, 31), today)
    with pytest.raises(BadDate, match="too far ahead"):
        parse_due("31/12/9999", today)
