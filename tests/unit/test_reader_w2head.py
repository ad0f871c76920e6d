"""Dates as open-source committees, hackerspaces, student societies and standards groups write them: a title
in ISO order with the month as a word, US figures month first (proved by a day over 12, or by the document's
other dates), and a body saying in a sentence that it meets again next week. Every document here is invented."""

from __future__ import annotations

from datetime import date

from minutes.header import read_header
from minutes.next_meeting import read_next_meeting
from minutes import extract_text, read_minutes
from minutes.when import find_date, find_yearless_date, month_first_due, writes_month_first


def test_an_iso_order_date_with_the_month_as_a_word():
    assert find_date("2019-March-14 TSC Meeting Notes").value == date(2019, 3, 14)
    assert find_date("2021-Sept-09 working group").value == date(2021, 9, 9)


def test_a_day_over_twelve_in_second_place_reads_the_figures_month_first():
    assert find_date("4/16/2020, 7:30pm, held on Jitsi").value == date(2020, 4, 16)
    assert find_date("Date: 02/06/2020").value == date(2020, 6, 2)  # ambiguous: day first, the default
    assert find_date("13/13/2020") is None


def test_a_meeting_date_in_ambiguous_figures_reads_as_the_documents_other_dates_do():
    head = ["Computing Society Committee Meeting", "Date: 02/06/2020"]
    rest = ["Present: Jo Pike, Ann Rahman", "Catering quotes by 02/20/2020.", "Next meeting: 02/13/2020"]
    assert read_header(head, rest).date == date(2020, 2, 6)
    british = ["Present: Jo Pike, Ann Rahman", "Deposits by 17/03/2019."]
    assert read_header(head, british).date == date(2020, 6, 2)


def test_references_and_spans_without_a_year_do_not_turn_a_meeting_date_month_first():
    lines = ["Minutes - Board 11/03/26", "- 01/26 Clinic rota - done", "- 02/26 Room booking - open", "Plan 26/27"]
    assert writes_month_first(lines)
    assert not writes_month_first(lines, with_year=True)
    assert read_header(lines[:1], lines[1:]).date == date(2026, 3, 11)


def test_the_body_saying_it_will_meet_next_week_gives_the_next_meeting():
    lines = ["3. Reopening", "Discussion of the checklist. We will meet next week to finish it."]
    assert read_next_meeting(lines, date(2020, 4, 16)).date == date(2020, 4, 23)
    board = ["The board will meet again in two weeks to review the quotes."]
    assert read_next_meeting(board, date(2021, 3, 5)).date == date(2021, 3, 19)


def test_one_member_meeting_someone_next_week_is_no_next_meeting():
    lines = ["Ann will meet the developer next week.", "Bob is to meet with the officer in two weeks."]
    assert read_next_meeting(lines, date(2020, 4, 16)).date is None


def test_a_due_in_figures_that_read_either_way_reads_month_first():
    assert month_first_due("by 03/12/2021", date(2021, 3, 5)) == date(2021, 3, 12)
    assert month_first_due("06/11/2024", date(2024, 5, 28)) == date(2024, 6, 11)
    assert month_first_due("by 4/5", date(2020, 4, 16)) == date(2021, 4, 5)
    assert month_first_due("03/19/2021", date(2021, 3, 5)) is None  # one way only: read as it is
    assert month_first_due("by June 26", date(2020, 4, 16)) is None


def test_dues_in_a_month_first_document_read_month_first_and_stay_day_first_in_a_british_one(tmp_path):
    us = ("Outreach Committee Meeting - 05/28/2024\n\nPresent: Dmitri Volkov, Sasha Greenberg\n\n"
          "ACTION: Sasha Greenberg to post the call for volunteers by 06/03/2024.\n")
    (tmp_path / "us.txt").write_text(us, encoding="utf-8")
    assert [a.due for a in read_minutes(extract_text(tmp_path / "us.txt")).actions] == [date(2024, 6, 3)]
    british = us.replace("05/28/2024", "28/05/2024").replace("06/03/2024", "06/07/2024")
    (tmp_path / "uk.txt").write_text(british, encoding="utf-8")
    assert [a.due for a in read_minutes(extract_text(tmp_path / "uk.txt")).actions] == [date(2024, 7, 6)]


def test_a_page_date_in_figures_gives_the_year_to_a_meeting_date_without_one():
    head = ["Riverside Tenants Forum", "Page updated: 02/04/2024", "Minutes of the meeting held on Tuesday 12 March"]
    assert read_header(head, ["Present: Ann Lee, Bob Day"]).date == date(2024, 3, 12)
    assert find_yearless_date("held on Thursday March 14", ["Last edited 3/20/2024"]).value == date(2024, 3, 14)
    # A span or a reference is no year.
    assert find_yearless_date("held on 14 March", ["Budget 2025/26", "Ref 24/2025"]) is None
