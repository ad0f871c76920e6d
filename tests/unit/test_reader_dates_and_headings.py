"""Dates, the meeting's date and the next one, page furniture and item headings as the reader reads them. Invented lines."""

from __future__ import annotations

from datetime import date

import pytest

from minutes.when import find_due_phrase, resolve_due


@pytest.mark.parametrize("written, due", [
    ("Q1 2026/27", "2026-06-30"), ("Q1 26/27", "2026-06-30"), ("Q3 2026-27", "2026-12-31"), ("Q4 2025/26", "2026-03-31"),
    ("a fortnight", "2026-02-17"),
])
def test_financial_year_quarters_and_a_fortnight_are_dates(written, due):
    assert str(resolve_due(written, date(2026, 2, 3), None)) == due


def test_a_span_closing_a_task_after_a_dash_is_when_it_is_due():
    assert find_due_phrase("Raise the feed lag with the design authority - 2 weeks", task=True).value == "2 weeks"



def test_a_page_titled_with_its_date_in_front_matter_dates_the_meeting_and_the_year_of_the_next(tmp_path):
    from minutes import extract_text, read_minutes
    path = tmp_path / "notes.md"
    path.write_text('---\nlayout: post\ntitle: "Board Meeting 2026-02-03"\n---\n\nAttending: Hamid, Corinne\n\n'
                    "## AOB\n\nMeeting closed 21:10. Next board meeting: Tuesday 3 March, 8pm.\n")
    minutes = read_minutes(extract_text(path))
    assert (str(minutes.date), str(minutes.next_meeting.date)) == ("2026-02-03", "2026-03-03")


def test_notes_mailed_the_day_after_yesterday_s_call_are_dated_by_the_call():
    from minutes import read_minutes
    text = ("Subject: Notes and actions - Records Working Group - 22/01/2026\n\nHi all,\n\n"
            "Thanks for joining yesterday's call. Notes below.\n\nAttendees: Ann Cole, Ben Pike\n")
    assert str(read_minutes(text).date) == "2026-01-21"


def test_the_one_line_of_a_short_last_page_between_two_page_numbers_is_kept():
    from minutes.normalise import normalise
    text = ("Wellbeing Board - 4 December 2025\nThe meeting ended at 3.50pm.\n- 1 -\n\f"
            "Wellbeing Board - 4 December 2025\nNext meeting: Thursday 5 March 2026, 2.00pm, Council Chamber.\n- 2 -")
    assert "Next meeting: Thursday 5 March 2026, 2.00pm, Council Chamber." in normalise(text)


def test_the_next_meeting_is_the_first_of_a_schedule_of_meetings_after_this_one():
    from minutes import read_minutes
    text = ("Ardmore Joint Policing Committee\nMinutes of the meeting held on 9 December 2025\n\n"
            "6. Schedule of Meetings 2026\nAgreed: 10th March, 9th June, 15th September and 8th December 2026, all at 10am.\n")
    assert str(read_minutes(text).next_meeting.date) == "2026-03-10"


def test_a_minute_reference_with_its_year_after_a_dot_or_a_committee_letter_heads_an_item_in_capitals():
    from minutes.agenda import read_heading
    assert (read_heading("17.26 MATTERS ARISING").number, read_heading("E/105\tACTION LIST").number) == ("17", "105")
    assert read_heading("7.2 Application 25/1193 Land at Mill Farm") is None  # a sub-minute, not an item


def test_a_full_mail_header_over_yesterday_s_call_dates_the_call_and_minutes_own_date_field_is_kept():
    from minutes import read_minutes
    mailed = ("From: Bethan Lloyd\nSent: 22 January 2026 09:12\nTo: Working group\n"
              "Subject: Notes - Records Working Group - 22/01/2026\n\nThanks for joining yesterday's call.\n\n"
              "Attendees: Ann Cole, Ben Pike\n")
    minuted = ("Oakfield Board\nDate: 22 January 2026\n\nMatters from yesterday's meeting of the cabinet were noted.\n\n"
               "Present: Ann Cole\n")
    assert (str(read_minutes(mailed).date), str(read_minutes(minuted).date)) == ("2026-01-21", "2026-01-22")


def test_the_line_under_one_that_says_when_the_meeting_was_held_dates_it_over_a_cover_date():
    from minutes import read_minutes
    minutes = read_minutes("Agenda item 3\nBoard of Directors - Part 1 (Public)\n26 March 2026\n\nValley Hospitals Trust\n"
                           "Minutes of the Board of Directors meeting held in public\nThursday 29 January 2026, 09:30\n\n"
                           "1. Welcome\nThe Chair opened the meeting.\n")
    assert minutes.date == date(2026, 1, 29)


@pytest.mark.parametrize("line", ["12. / Information - Date of next board: 26th February 2026, 12.30, Health Centre.",
                                  "Next PCN Board: Thursday 26 February 2026, 12:30, Health Centre."])
def test_the_next_meeting_named_by_the_bodys_own_word_after_an_items_label(line):
    from minutes import read_minutes
    minutes = read_minutes("PCN Board\nDate: 22 January 2026\n\nPresent: Dr Ann Cole, Ravi Shah\n\n"
                           f"1. Finance\nThe budget was noted.\n\n{line}\n")
    assert minutes.next_meeting.date == date(2026, 2, 26)
