"""When things happen, as web pages, blogs and the notes of committees, clubs and standards groups write it:
the meeting's date under a page's own date, ISO dates with the month as a word, figures written month first
(proved by a day over 12 or by the document's other dates), next meetings without a year, set by a standing
rule or said as next week, and due dates as boards write them. Every document here is invented."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from minutes import extract_text, read_minutes
from minutes.header import read_header, says_when_held
from minutes.next_meeting import read_next_meeting
from minutes.when import (find_date, find_due_phrase, find_month_day, find_nth_weekday, find_yearless_date,
                          month_first_due, resolve_due, writes_month_first)


def _read(tmp_path: Path, name: str, text: str):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_minutes(extract_text(path))


# ---- the meeting's date -------------------------------------------------------------------------------

def test_a_title_opening_with_minutes_of_the_meeting_held_on_is_this_meetings_date_over_a_page_review_date():
    header = read_header(["Page last reviewed: 20 May 2024", "Falden Place Partnership Board",
                          "Minutes of the meeting held on Tuesday 14 May 2024, 10:00 to 12:00, Boardroom, Falden House"])
    assert header.date == date(2024, 5, 14)
    assert header.venue == "Boardroom, Falden House"


def test_the_minutes_of_an_earlier_meeting_approved_are_still_an_earlier_meeting():
    assert not says_when_held("Minutes of the meeting held on 30 April 2024 were approved and signed")
    assert not says_when_held("The minutes of the meeting held on 30 April 2024 were approved")
    assert says_when_held("Minutes of the meeting held on Tuesday 14 May 2024")


def test_a_blog_date_line_above_the_title_gives_way_to_the_date_the_title_gives_the_meeting():
    header = read_header(["June 3, 2024", "Kettleby Village Hall Committee - Minutes of meeting 21st May 2024",
                          "Held in the small hall at 7.30pm."])
    assert header.date == date(2024, 5, 21)


def test_a_title_naming_the_meeting_on_the_same_day_as_the_date_line_keeps_the_date_lines_time_and_place():
    # (A mail's subject, which the head puts after the body's own lines.)
    header = read_header(["People Committee - draft notes", "Thursday 19 March 2026, 10:00-12:00, Boardroom, Brook House",
                          "Draft notes and actions - People Committee 19.03.26"])
    assert header.date == date(2026, 3, 19)
    assert header.venue == "Boardroom, Brook House"


def test_a_place_broken_off_at_the_end_of_the_dated_line_runs_on_into_the_line_under_it():
    header = read_header(["Safer Caerwen Partnership Board",
                          "Minutes of the meeting held on Thursday 21 May 2026 at 10:00am, Committee Room 1,",
                          "Caerwen Civic Offices"])
    assert header.venue == "Committee Room 1, Caerwen Civic Offices"


# ---- the next meeting -----------------------------------------------------------------------------------

def test_the_second_tuesday_of_a_month_is_computed_after_the_meeting():
    assert find_nth_weekday("on the second Tuesday of July", date(2024, 5, 14)).value == date(2024, 7, 9)
    assert find_nth_weekday("the first Monday in March at 7pm", date(2025, 2, 24)).value == date(2025, 3, 3)
    assert find_nth_weekday("the last Thursday of the month", date(2025, 2, 24)).value == date(2025, 2, 27)
    assert find_nth_weekday("the first Monday of next month", date(2025, 2, 3)).value == date(2025, 3, 3)
    assert find_nth_weekday("the second meeting of July", date(2025, 2, 3)) is None


def test_a_next_meeting_set_by_a_standing_rule_is_read():
    lines = ["Date of next meeting", "The next meeting will be on the second Tuesday of July, 10:00, Boardroom."]
    assert read_next_meeting(lines, date(2024, 5, 14)).date == date(2024, 7, 9)


def test_a_month_and_day_without_a_year_is_the_next_such_day_after_the_meeting():
    assert find_month_day("Next meeting Feb 19, 7pm", date(2025, 1, 15)).value == date(2025, 2, 19)
    assert find_month_day("Next meeting Jan 14", date(2025, 11, 15)).value == date(2026, 1, 14)
    assert find_month_day("in May 2024", date(2024, 1, 1)) is None
    assert read_next_meeting(["Next meeting Feb 19, 7pm, church hall."], date(2025, 1, 15)).date == date(2025, 2, 19)


def test_dates_in_figures_read_month_first_where_the_document_writes_them_so():
    us = ["The minutes of 04/23/2024 were approved.", "Dolores will file the report by 6/15.",
          "Next meeting: 06-11-2024 at 6:30 p.m."]
    assert writes_month_first(us)
    assert read_next_meeting(us, date(2024, 5, 28)).date == date(2024, 6, 11)
    british = ["The minutes of 23/04/2024 were approved.", "Next meeting: 06-11-2024 at 6.30pm."]
    assert not writes_month_first(british)
    assert read_next_meeting(british, date(2024, 5, 28)).date == date(2024, 11, 6)
    # (Ranges and times are no dates: "ages 11-16", "7.30".)
    assert not writes_month_first(["For ages 11-16, from 7.30 to 9.15pm."])


def test_next_meeting_to_be_confirmed_has_no_date(tmp_path):
    minutes = _read(tmp_path, "m.md", "# Garden Group\n\n**Meeting: 02/04/25**, 6pm\n\n**Present:** Ann Tovey, Bob Lyle\n\n"
                    "## Notes\n\nAnn to order seeds by 30/4.\n\n## Next meeting\n\nNext meeting: TBC\n")
    assert minutes.date == date(2025, 4, 2)
    assert minutes.next_meeting.date is None


# ---- due dates ------------------------------------------------------------------------------------------

def test_a_period_end_closing_a_task_without_a_cue_is_when_it_is_due():
    found = find_due_phrase("Marnie to circulate a new tool store rota end of April.")
    assert found.value == "end of April"
    assert resolve_due(found.value, date(2025, 4, 2), None) == date(2025, 4, 30)
    # (What a report covers, or a span's end, is no due date.)
    assert find_due_phrase("Officer to report on spending to the end of March.") is None
    assert find_due_phrase("Provide the number of officers at the start and end of the financial year.") is None


def test_asap_closing_a_task_is_its_due_text_with_no_date():
    found = find_due_phrase("Clerk to order the replacement bearing ASAP.")
    assert found.value == "ASAP"
    assert resolve_due(found.value, date(2024, 5, 28), None) is None


def test_figures_that_can_only_be_read_month_first_are_read_so():
    assert resolve_due("6/15", date(2024, 5, 28), None) == date(2024, 6, 15)
    assert resolve_due("6/30/2024", date(2024, 5, 28), None) == date(2024, 6, 30)
    assert resolve_due("15/6", date(2024, 5, 28), None) == date(2024, 6, 15)  # (day first, as before)


def test_a_month_when_the_work_starts_is_not_when_it_is_due():
    assert find_due_phrase("Irene will set up a table at the farmers market, starting in July.") is None
    assert find_due_phrase("Irene will set up a table at the farmers market in July.").value == "July"


def test_a_us_bodys_minutes_read_whole(tmp_path):
    minutes = _read(tmp_path, "m.txt", "LAKESHORE FRIENDS OF THE PARK\nBoard Meeting Minutes\nMay 28th, 2024\n\n"
                    "Directors present: Carla Whitfield (President), Gene Ostrowski\n\n"
                    "Approval of minutes: The minutes of 04/23/2024 were approved.\n\n"
                    "Treasurer's report: The balance is $8,412.50. Gene Ostrowski will file the annual state report "
                    "by 6/15.\n\n"
                    "Next meeting: 06-11-2024 at 6:30 p.m., Community Room.\n")
    assert minutes.date == date(2024, 5, 28)
    assert minutes.next_meeting.date == date(2024, 6, 11)
    assert [(a.who, a.due) for a in minutes.actions] == [("Gene Ostrowski", date(2024, 6, 15))]


def test_a_field_name_alone_over_its_value_is_read_as_the_field():
    # (A web page's definition list: "Date published" over its date, "Meeting date" over the meeting's.)
    header = read_header(["Primary Care Committee: minutes", "Date published", "15 July 2024", "Meeting date",
                          "3 July 2024", "Location", "Room 4, Vale House"])
    assert header.date == date(2024, 7, 3)
    assert header.venue == "Room 4, Vale House"
    assert read_header(["Meeting date: 3 July 2024", "Posted 15 July 2024"]).date == date(2024, 7, 3)


def test_eow_and_eom_are_the_end_of_the_week_and_month():
    found = find_due_phrase("Mette to profile the search index by EOW")
    assert found.value == "EOW"
    assert resolve_due("EOW", date(2024, 6, 12), None) == date(2024, 6, 14)
    assert resolve_due("EOM", date(2024, 6, 12), None) == date(2024, 6, 30)


def test_a_title_after_the_date_is_no_venue():
    assert read_header(["June 10, 2024 Regular Meeting Minutes"]).venue is None
    assert read_header(["2024-06-11 Steering Committee"]).venue is None
    assert read_header(["Monday 10 June 2024, 7pm, Village Hall"]).venue == "Village Hall"


def test_a_next_meeting_in_figures_without_a_year_is_the_next_such_day():
    assert read_next_meeting(["Next meeting: 12/9 at 7pm"], date(2024, 6, 4)).date == date(2024, 9, 12)
    assert read_next_meeting(["Next meeting: 12/9 at 7pm", "Minutes of 04/23/2024 approved."],
                             date(2024, 6, 4)).date == date(2024, 12, 9)


def test_a_page_stamp_opening_with_this_page_is_the_pages_date_not_the_meetings():
    header = read_header(["This page was last updated on 14 June 2024", "Heaton Forum",
                          "Monday 10 June 2024, 7pm, Heaton Library"])
    assert header.date == date(2024, 6, 10)


def test_a_target_and_the_next_fortnight_are_when_work_is_due():
    found = find_due_phrase("Clerk to write to the school - target 21/06/24.")
    assert resolve_due(found.value, date(2024, 6, 4), None) == date(2024, 6, 21)
    found = find_due_phrase("Clerk to write to the school within the next fortnight.")
    assert resolve_due(found.value, date(2024, 6, 4), None) == date(2024, 6, 18)
    assert find_due_phrase("Clerk to set a target of 50 members.") is None


def test_a_next_meeting_said_as_how_long_until_it_or_as_a_day_of_the_month_alone():
    after = date(2024, 6, 12)
    assert read_next_meeting(["Next meeting: in two weeks, same link."], after).date == date(2024, 6, 26)
    assert read_next_meeting(["The next meeting will be in four weeks' time."], after).date == date(2024, 7, 10)
    assert read_next_meeting(["Next meeting: same time next week"], after).date == date(2024, 6, 19)
    assert read_next_meeting(["Next meeting: Wednesday the 26th"], after).date == date(2024, 6, 26)
    assert read_next_meeting(["Next meeting: Thursday 4th"], after).date == date(2024, 7, 4)
    assert read_next_meeting(["The next meeting is on the 2nd floor."], after).date is None


# ---- dates in figures and words, as committees, clubs and standards groups write them ---------------------

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
