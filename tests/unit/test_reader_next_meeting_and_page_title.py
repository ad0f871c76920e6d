"""The next meeting and the board's name as real minutes give them: a minute number before "Date of next
meeting" that looks like a date, a next meeting left open, a table row that says its own piece, the year's
list of meetings, and a page whose title alone names the board."""

from datetime import date, time

from lxml import html

from minutes.document import Block, HEADING, PARAGRAPH
from minutes.next_meeting import read_next_meeting
from minutes.page_title import page_title_blocks

MEETING = date(2026, 3, 9)


def next_date(text: str, meeting: date = MEETING) -> date | None:
    return read_next_meeting(text.splitlines(), meeting).date


def test_a_minute_number_is_not_the_next_meetings_date():
    assert next_date("26/06 DATE OF NEXT MEETING\nMonday 13th April at 7.30pm.") == date(2026, 4, 13)
    assert next_date("123/24 Date of next meeting: Thursday 12 December", date(2024, 11, 14)) == date(2024, 12, 12)
    assert next_date("12/04/2026 Date of next meeting") == date(2026, 4, 12)  # (a whole date is a date)


def test_a_next_meeting_left_open_has_no_date():
    assert next_date("3. Date of next meeting: as per the schedule\nThe fete is on 20 June 2026.") is None
    assert next_date("Date of next meeting\nTo be arranged\nQuiz night: Friday 24 April 2026") is None
    assert next_date("The next meeting will take place in the new year.\nWorkshop on 15 January 2027.") is None
    assert next_date("Next meeting: TBC") is None
    assert next_date("Next meeting: Tuesday 14 April 2026 (venue to be confirmed)") == date(2026, 4, 14)


def test_a_table_row_with_its_own_words_keeps_to_itself():
    rows = "2\tNext meeting\tAt the Chair's call\n3\tAOB\tThe litter pick is on Saturday 18 April 2026."
    assert next_date(rows) is None
    heading_row = "Date of next meeting\tVenue\n14 April 2026\tTown Hall"
    assert next_date(heading_row) == date(2026, 4, 14)


def test_the_first_of_the_years_meetings_after_this_one_is_the_next():
    found = read_next_meeting(["Future meetings: 11 February, 13 May, 8 July and 9 September 2026, all at 2pm."],
                              MEETING)
    assert (found.date, found.time) == (date(2026, 5, 13), time(14, 0))
    assert next_date("Remaining meetings in 2026: 11 June, 10 September and 10 December.") == date(2026, 6, 11)
    column = ["Meeting dates for 2026"] + [f"Tuesday {day}" for day in (
        "20th January", "17th February", "17th March", "21st April", "19th May", "16th June", "15th September",
        "20th October", "17th November")] + ["All meetings start at 7pm."]
    found = read_next_meeting(column, date(2026, 9, 15))
    assert (found.date, found.time) == (date(2026, 10, 20), time(19, 0))


def test_a_pages_title_names_the_board_its_page_does_not():
    page = html.document_fromstring("<html><head><title>Harbourside Community Safety Partnership – minutes</title>"
                                    "</head><body><h2>Minutes</h2></body></html>")
    assert page_title_blocks(page, [Block(HEADING, "Minutes", level=2)]) == [
        Block(HEADING, "Harbourside Community Safety Partnership", level=1)]
    named = [Block(HEADING, "Kelby Forum", level=1), Block(PARAGRAPH, "Tuesday 3 March 2026")]
    assert page_title_blocks(page, named) == []
    site = html.document_fromstring("<html><head><title>Home | Latest news</title></head><body></body></html>")
    assert page_title_blocks(site, []) == []


def test_the_hour_may_come_before_the_day():
    found = read_next_meeting(["Next meeting: 2pm, Thursday 14 May 2026"], MEETING)
    assert (found.date, found.time) == (date(2026, 5, 14), time(14, 0))
    found = read_next_meeting(["Next meeting: to be held on Monday 13 April, venue TBC"], MEETING)
    assert (found.date, found.venue) == (date(2026, 4, 13), None)


def test_provisional_dates_are_the_years_list():
    assert next_date("Provisional dates for 2026: 14 April, 12 May, 9 June") == date(2026, 4, 14)


def test_a_title_naming_the_meeting_names_the_board():
    from minutes.reader import read_minutes

    def board(text: str) -> str | None:
        return read_minutes(text).board

    assert board("MEETING OF POLICE AND CRIME PANEL\n\nThursday 25 October 2025\n\nPresent: Cllr A Bell") == \
        "Police and Crime Panel"
    assert board("MPC(26)M04 Minutes of the Statutory Annual Meeting of Kelby Parish Council held on Wednesday 6 May "
                 "2026.\n\nPresent: Cllr A Porter") == "Kelby Parish Council"
    assert board("Minutes: Kelby Allotments Association AGM, 4 March 2026\nPresent: Ann Lee, Bo Chan") == \
        "Kelby Allotments Association"


def test_a_page_that_names_its_body_its_own_way_keeps_its_heading():
    page = html.document_fromstring("<html><head><title>Cobblegate Hacklab board meeting</title></head>"
                                    "<body><h1>Cobblegate Hacklab — Board meeting</h1></body></html>")
    assert page_title_blocks(page, [Block(HEADING, "Cobblegate Hacklab — Board meeting", level=1)]) == []
