"""Due dates as real minutes write them: a week of a month, the hour or close of a day, and figures month
first where a US body's minutes write their dates in words month first."""

from datetime import date

import pytest

from minutes.when import find_due_phrase, month_first_due, resolve_due, writes_month_first

MEETING = date(2026, 3, 10)  # a Tuesday
NEXT = date(2026, 4, 14)


def due_of(sentence: str) -> date | None:
    found = find_due_phrase(sentence, task=True)
    return resolve_due(str(found.value), MEETING, NEXT) if found else None


def test_a_week_of_a_month_is_due_by_its_last_day():
    assert due_of("Priya to print the raffle tickets by the second week of April.") == date(2026, 4, 14)
    assert due_of("Martin to book the castle in the first week of June.") == date(2026, 6, 7)
    assert due_of("Joe to order the saplings by the last week of May.") == date(2026, 5, 31)
    assert resolve_due("First week of June", MEETING, NEXT) == date(2026, 6, 7)
    assert resolve_due("the final week in February 2027", MEETING, NEXT) == date(2027, 2, 28)


def test_a_week_gone_by_is_next_years():
    assert resolve_due("first week of February", date(2026, 11, 20), None) == date(2027, 2, 7)
    assert resolve_due("first week of March", MEETING, NEXT) == date(2026, 3, 7)  # (overdue, on a log)


def test_the_second_week_is_not_the_second_day():
    assert due_of("Priya to print the tickets by the 2nd week of April.") == date(2026, 4, 14)


def test_the_close_or_hour_of_a_day_is_that_day():
    assert due_of("Bethan to circulate the leaflet by end of play Thursday.") == date(2026, 3, 12)
    assert due_of("Nadia to confirm the funding by noon Wednesday.") == date(2026, 3, 11)
    assert due_of("Owen to send the shortlist by close of play Friday.") == date(2026, 3, 13)
    assert due_of("Simon to submit the form by 5pm on Friday 20 March.") == date(2026, 3, 20)
    assert resolve_due("COP Friday", MEETING, NEXT) == date(2026, 3, 13)
    assert resolve_due("5.30pm 20 March", MEETING, NEXT) == date(2026, 3, 20)


def test_words_that_name_no_day_stay_without_a_date():
    for cell in ("TBC", "Ongoing", "ASAP", "mid-May"):
        assert resolve_due(cell, MEETING, NEXT) is None


def test_a_document_dated_month_first_in_words_reads_its_figures_month_first():
    us = ["Board Meeting - April 7, 2026", "| Sign the contract | Troy | 4/10 |"]
    uk = ["Meeting held on 7 April 2026", "| Sign the contract | Troy | 4/10 |"]
    assert writes_month_first(us, with_year=True)
    assert not writes_month_first(uk, with_year=True)


def test_figures_decide_before_words():
    assert not writes_month_first(["April 7, 2026", "by 20/04/2026"], with_year=True)


def test_a_week_ending_in_figures_reads_month_first_too():
    assert month_first_due("w/e 5/8", MEETING) == date(2026, 5, 8)
    assert month_first_due("4/10", MEETING) == date(2026, 4, 10)


@pytest.mark.slow  # hostile volume: a pattern that regressed to time squared would hang the slow suite visibly
def test_hostile_input_stays_quick():

    for text in (" " * 5000, "a" * 5000, "," * 5000,
                 "first week of " * 350, "5pm " * 1250, "April 7, " * 550):
        find_due_phrase(text, task=True)
        resolve_due(text, MEETING, NEXT)
        writes_month_first([text])
